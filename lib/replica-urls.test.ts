import { describe, expect, it } from 'vitest';
import { displayDatabaseUrl, parseReplicaUrls, usableReplicaUrls } from './replica-urls';

describe('DATABASE_REPLICA_URLS', () => {
  it('is empty when unset or blank', () => {
    expect(parseReplicaUrls(undefined)).toEqual([]);
    expect(parseReplicaUrls('  ')).toEqual([]);
  });

  it('splits comma-separated PostgreSQL URLs', () => {
    expect(parseReplicaUrls('postgres://a@r1:5432/bureau, postgresql://b:pw@r2/bureau')).toEqual([
      'postgres://a@r1:5432/bureau',
      'postgresql://b:pw@r2/bureau',
    ]);
  });

  it('refuses anything else, naming the setting and never the password', () => {
    expect(() => parseReplicaUrls('postgres://a@r1/bureau,r2:5432')).toThrow(/DATABASE_REPLICA_URLS: entry 2/);
    expect(() => parseReplicaUrls('http://r1/bureau')).toThrow(/not a PostgreSQL URL/);
    expect(() => parseReplicaUrls('postgres://u:secret@ho st/db')).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => parseReplicaUrls('postgres://u:secret@ho st/db')).not.toThrow(/secret/);
    expect(() => parseReplicaUrls('postgres://a@r1/bureau,')).toThrow(/entry 2/);
  });

  it('leaves a malformed entry out, telling it once with the setting and its position, so the instance keeps serving', () => {
    const told: string[] = [];
    const value = 'postgres://a@r1:5432/bureau, r2:5432 ,postgres://u:secret@r3/bureau';
    expect(usableReplicaUrls(value, (line) => told.push(line))).toEqual(['postgres://a@r1:5432/bureau', 'postgres://u:secret@r3/bureau']);
    expect(usableReplicaUrls(value, (line) => told.push(line))).toHaveLength(2);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^DATABASE_REPLICA_URLS: entry 2 \("r2:5432"\) is not a PostgreSQL URL.*left out/);
    expect(usableReplicaUrls('nonsense', () => {})).toEqual([]);
  });

  it('shows host, port and database in log lines, not credentials', () => {
    expect(displayDatabaseUrl('postgres://u:secret@db.internal:5433/bureau')).toBe('db.internal:5433/bureau');
    expect(displayDatabaseUrl('postgres://db.internal/bureau')).toBe('db.internal:5432/bureau');
  });
});
