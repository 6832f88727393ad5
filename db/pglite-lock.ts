/**
 * PGlite has no lock of its own: two processes opening one data folder silently lose each other's writes
 * (measured: 100 rows gone). This lock makes a second process fail at once with a message that says
 * who holds the folder. The lock file holds the owner's pid; a lock whose process is gone is taken over.
 *
 * The server takes the lock when it starts, before it listens (reservePgliteLock): a second `npm start` then
 * stops at once with the message, instead of listening and answering 503 to everything because its first read
 * found the folder taken.
 */
import fs from 'node:fs';
import path from 'node:path';

export class DatabaseInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in process ${pid} (a running "npm start" or "next start"?). ` +
        'PGlite can be used by one process at a time: stop that process first, or point DATABASE_URL at a ' +
        'PostgreSQL server to share the data between processes.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders this process holds for its whole life (shared by the server and the app bundle it runs). */
const reserved = ((globalThis as unknown as { bureauPgliteReserved?: Set<string> }).bureauPgliteReserved ??= new Set());

/**
 * Takes the lock on `dir` until this process exits, or throws DatabaseInUseError. Opening the database later in
 * this process (acquirePgliteLock) then uses the reservation, and closing it keeps the lock.
 */
export function reservePgliteLock(dir: string): void {
  if (reserved.has(dir)) return;
  acquirePgliteLock(dir);
  reserved.add(dir);
}

/** Takes the lock on `dir` for this process, or throws DatabaseInUseError. Returns the release function. */
export function acquirePgliteLock(dir: string): () => void {
  if (reserved.has(dir)) return () => {};
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (owner === process.pid) throw new Error(`The embedded database in ${dir} is already open in this process.`);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw new DatabaseInUseError(dir, owner);
      // The owner died without cleaning up: take the lock over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}.`);
}
