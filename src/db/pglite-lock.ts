import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock inside a data directory: a directory proper-lockfile creates atomically and keeps fresh. */
export const LOCK_NAME = 'ocop.lock';

/** The holder refreshes the lock's mtime every 5 s; a lock older than this belongs to a dead process. */
const STALE_MS = 10_000;

/** Waits a little longer than {@link STALE_MS}, so a process started right after a crash takes over. */
const RETRIES = { retries: 12, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 };

/** Another process holds the data directory (or took it over while this one was stalled). */
export class DirectoryLockedError extends Error {
  constructor(
    readonly directory: string,
    options?: ErrorOptions,
  ) {
    super(
      `Thư mục dữ liệu ${directory} đang được một tiến trình khác sử dụng. ` +
        `The data directory ${directory} is in use by another process; stop it first ` +
        `or set DATA_DIR to another directory.`,
      options,
    );
    this.name = 'DirectoryLockedError';
  }
}

/**
 * PGlite is one process's database: two processes on one directory corrupt it. Takes the lock on
 * `directory` (proper-lockfile) and resolves to its release; a lock left by a killed process goes
 * stale after 10 s and is taken over. Throws {@link DirectoryLockedError} while a live process
 * holds it.
 */
export async function lockDirectory(directory: string): Promise<() => Promise<void>> {
  fs.mkdirSync(directory, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(directory, {
      lockfilePath: path.join(directory, LOCK_NAME),
      stale: STALE_MS,
      retries: RETRIES,
      onCompromised: (error) => {
        throw new DirectoryLockedError(directory, { cause: error });
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DirectoryLockedError(directory);
    throw error;
  }
  // Closing a database twice releases once (proper-lockfile rejects a second release).
  let released: Promise<void> | undefined;
  return () => (released ??= release());
}
