/**
 * DATABASE_REPLICA_URLS: the read replicas' connection strings, comma-separated. Parsed once when the database is
 * opened (db/client.ts) and at server start (scripts/server.ts): a typo is told at start with the setting's name,
 * and that entry is left out (usableReplicaUrls), so the instance keeps serving from the primary.
 */
export const REPLICA_SETTING = 'DATABASE_REPLICA_URLS';

/** The replica URLs in `value` (empty for unset or blank). Throws an Error naming the setting for a bad entry. */
export function parseReplicaUrls(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value.split(',').map((entry, index) => {
    const url = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !['postgres:', 'postgresql:'].includes(parsed.protocol) || !parsed.hostname) {
      throw new Error(
        `${REPLICA_SETTING}: entry ${index + 1} (${JSON.stringify(redact(url))}) is not a PostgreSQL URL; ` +
          'expected comma-separated postgres://user:password@host:5432/database',
      );
    }
    return url;
  });
}

/** A URL fit for a log line: host, port and database, never the password. */
export function displayDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return redact(url);
  }
}

/** Hides anything between "://user:" and "@" in a string that did not parse as a URL. */
function redact(text: string): string {
  return text.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/**
 * Says once per process that the setting is ignored on the embedded database (the server says it at start, the
 * database module when it opens; whichever comes first).
 */
export function warnReplicasIgnored(): void {
  const flags = globalThis as unknown as { bureauReplicasIgnoredTold?: boolean };
  if (flags.bureauReplicasIgnoredTold) return;
  flags.bureauReplicasIgnoredTold = true;
  console.warn(`${REPLICA_SETTING} is ignored: the embedded database (no DATABASE_URL) has no replicas.`);
}

/**
 * The entries of `value` that are PostgreSQL URLs. A malformed one is told (once per process, naming the setting)
 * and left out rather than stopping the instance: public reads then use the other replicas, or the primary.
 */
export function usableReplicaUrls(value: string | undefined, warn: (line: string) => void = console.error): string[] {
  if (!value?.trim()) return [];
  const flags = globalThis as unknown as { bureauReplicaProblemsTold?: Set<string> };
  const told = (flags.bureauReplicaProblemsTold ??= new Set());
  return value.split(',').flatMap((entry, index) => {
    try {
      return parseReplicaUrls(entry.trim() || ' ').length ? [entry.trim()] : [];
    } catch (error) {
      const line = `${(error as Error).message.replace(`${REPLICA_SETTING}: entry 1`, `${REPLICA_SETTING}: entry ${index + 1}`)}. It is left out: public reads use the other replicas, or the primary.`;
      if (!told.has(line)) {
        told.add(line);
        warn(line);
      }
      return [];
    }
  });
}
