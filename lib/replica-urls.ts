/**
 * DATABASE_REPLICA_URLS: the read replicas' connection strings, comma-separated. Parsed once when the database is
 * opened (db/client.ts) and at server start (scripts/server.ts), so a typo stops the instance with the setting's
 * name instead of surfacing as a failed read later.
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
