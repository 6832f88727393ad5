import { describe, expect, it } from 'vitest';
import { instantFromNewsroomTime, newsroomTimeOf, zoneLabel } from './newsroom-time';

describe('newsroom time', () => {
  it('reads a typed time on the newsroom clock, whatever the machine is set to', () => {
    // 10:00 in Baku (UTC+4) is 06:00 UTC: the defect was 10:00 typed and 14:00 shown.
    expect(instantFromNewsroomTime('2026-12-03T10:00', 'Asia/Baku')?.toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(instantFromNewsroomTime('2026-12-03T10:00:30', 'Asia/Baku')?.toISOString()).toBe('2026-12-03T06:00:30.000Z');
    expect(instantFromNewsroomTime('2026-12-03T10:00', 'UTC')?.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(instantFromNewsroomTime('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(instantFromNewsroomTime('2026-01-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
  });

  it('moves a time skipped by a clock change forward, and refuses what is not a time', () => {
    // Berlin skipped 02:00–03:00 on 29 March 2026.
    expect(instantFromNewsroomTime('2026-03-29T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    for (const bad of ['', '2026-02-31T10:00', '2026-13-01T10:00', '2026-12-03T24:00', '2026-12-03 10:00', 'tomorrow', '2026-12-03T10:00Z']) {
      expect(instantFromNewsroomTime(bad, 'Asia/Baku')).toBeNull();
    }
  });

  it('shows an instant back on the newsroom clock, with the zone named', () => {
    const at = new Date('2026-12-03T06:00:00Z');
    expect(newsroomTimeOf(at, 'Asia/Baku')).toBe('2026-12-03T10:00');
    expect(instantFromNewsroomTime(newsroomTimeOf(at, 'Asia/Baku'), 'Asia/Baku')?.getTime()).toBe(at.getTime());
    expect(zoneLabel('Asia/Baku', at)).toBe('Asia/Baku, UTC+4');
    expect(zoneLabel('Asia/Kolkata', at)).toBe('Asia/Kolkata, UTC+5:30');
    expect(zoneLabel('America/New_York', at)).toBe('America/New_York, UTC−5');
    expect(zoneLabel('UTC', at)).toBe('UTC, UTC+0');
  });
});
