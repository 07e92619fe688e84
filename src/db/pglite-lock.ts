import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process's database: two processes on one directory corrupt it. The lock file
 * holds the owner's pid; a lock whose process is gone is stale and taken over.
 */
export class DirectoryLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly ownerPid: number,
  ) {
    super(
      `Thư mục dữ liệu ${directory} đang được tiến trình ${ownerPid} sử dụng. ` +
        `The data directory ${directory} is in use by process ${ownerPid}; stop it first ` +
        `or set DATA_DIR to another directory.`,
    );
    this.name = 'DirectoryLockedError';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `directory` or throws {@link DirectoryLockedError}; returns the release function. */
export function lockDirectory(directory: string): () => void {
  fs.mkdirSync(directory, { recursive: true });
  const lockFile = path.join(directory, 'ocop.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (ownerPid !== process.pid && Number.isInteger(ownerPid) && isProcessAlive(ownerPid)) {
        throw new DirectoryLockedError(directory, ownerPid);
      }
      fs.unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock ${directory}`);
}
