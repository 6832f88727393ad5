import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, reconnectDelaySeconds, within } from './client';

describe('an unreachable database', () => {
  it('is told apart from a wrong statement, also through the wrappers around the driver error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' }))).toBe(true);
    // terminating connection due to administrator command; too many connections; the server is starting.
    for (const code of ['57P01', '53300', '57P03', '08006']) expect(isDatabaseUnavailable(Object.assign(new Error(code), { code })), code).toBe(true);
    for (const code of ['23505', '42P01', '22P02', undefined]) expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code })), String(code)).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('is tried again soon: never more than a second between tries', () => {
    const delays = Array.from({ length: 30 }, (_, i) => reconnectDelaySeconds(i));
    expect(delays[1]).toBe(0.05);
    expect(Math.max(...delays)).toBe(1);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
  });

  it('a read that hangs is given up after its time, as "unavailable"; one that answers is passed through', async () => {
    const hung = within(20, new Promise(() => {}));
    await expect(hung).rejects.toMatchObject({ code: 'READ_TIMEOUT' });
    expect(isDatabaseUnavailable(await hung.catch((e: unknown) => e))).toBe(true);
    expect(await within(1000, Promise.resolve('page'))).toBe('page');
    await expect(within(1000, Promise.reject(new Error('syntax')))).rejects.toThrow('syntax');
  });
});
