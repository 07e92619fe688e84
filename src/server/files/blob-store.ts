import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Content-addressed blob store on local disk: a file is kept once under its SHA-256
 * (`<root>/ab/cd/abcd…`), written to a temporary file first and renamed into place, so a reader
 * never sees half a file and a crash leaves at most a stray temp file. Identical uploads share one
 * blob (dedupe). Blobs are never modified; deleting a record keeps its blob (other records may
 * share it, and the audit trail refers to it).
 */
export interface BlobStore {
  /** Stores `content` (no-op when present) and returns its SHA-256 hex. */
  put(content: Buffer): Promise<{ sha256: string; isNew: boolean }>;
  /** The content of a blob; throws when absent. */
  read(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
  /**
   * Removes a blob that was just written for a change that then failed (so a rejected upload
   * leaves nothing behind). Never call it for a blob that a committed record may share.
   */
  discard(sha256: string): Promise<void>;
  /** Where a blob lives on disk (for streaming). */
  pathOf(sha256: string): string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The blob store rooted at `root` (normally `DATA_DIR/files`). */
export function createBlobStore(root: string): BlobStore {
  function pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function has(sha256: string): Promise<boolean> {
    try {
      await fs.access(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async function put(content: Buffer): Promise<{ sha256: string; isNew: boolean }> {
    const sha256 = sha256Of(content);
    const target = pathOf(sha256);
    if (await has(sha256)) return { sha256, isNew: false };
    const tmpDir = path.join(root, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, `${sha256}.${randomBytes(6).toString('hex')}.part`);
    const handle = await fs.open(tmp, 'wx', 0o640);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.rename(tmp, target);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
    return { sha256, isNew: true };
  }

  return {
    put,
    has,
    pathOf,
    read: async (sha256) => fs.readFile(pathOf(sha256)),
    discard: async (sha256) => fs.rm(pathOf(sha256), { force: true }),
  };
}

/** The blob store of an app: `DATA_DIR/files`. */
export function fileStoreRoot(dataDir: string): string {
  return path.join(dataDir, 'files');
}
