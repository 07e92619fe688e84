import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database';
import { DirectoryLockedError, lockDirectory } from '../../src/db/pglite-lock';
import { ocopEnv, REPO_ROOT, startOcop } from '../helpers/ocop-process';

describe('PGlite data directory lock', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-lock-test-'));
  const lockPath = path.join(dataDir, 'ocop.lock');

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it(
    'a second process on the same DATA_DIR stops with a clear message and a non-zero exit code',
    { timeout: 240_000 },
    async () => {
      const holder = await openDatabase({ pgliteDirectory: dataDir });
      try {
        expect(fs.statSync(lockPath).isDirectory()).toBe(true);
        const second = startOcop(['migrate'], ocopEnv({ DATA_DIR: dataDir }));
        const { code } = await second.exited;
        expect(code).not.toBe(0);
        expect(second.stderr()).toContain(`The data directory ${dataDir} is in use by another process`);
        expect(second.stderr()).toContain(`Thư mục dữ liệu ${dataDir} đang được một tiến trình khác sử dụng`);
        // A clear message, not a stack trace.
        expect(second.stderr()).not.toMatch(/\n\s+at /);
        expect(second.stdout()).not.toContain('database migrated');
      } finally {
        await holder.close();
      }
      expect(fs.existsSync(lockPath)).toBe(false);

      const third = startOcop(['migrate'], ocopEnv({ DATA_DIR: dataDir }));
      expect((await third.exited).code).toBe(0);
      expect(third.stdout()).toContain('database migrated');
    },
  );

  it('within one process a directory is held once, and released once however often it is closed', async () => {
    const release = await lockDirectory(dataDir);
    await expect(lockDirectory(dataDir)).rejects.toBeInstanceOf(DirectoryLockedError);
    await release();
    await release();
    expect(fs.existsSync(lockPath)).toBe(false);
  }, 60_000);

  it('the lock of a killed process goes stale and is taken over', { timeout: 240_000 }, async () => {
    // A process that takes the lock, says so, and then would hold it for ever.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/db/pglite-lock.ts').then((m) => m.lockDirectory(${JSON.stringify(dataDir)}))` +
          `.then(() => { console.log('locked'); setInterval(() => undefined, 60_000); });`,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    holder.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await expect.poll(() => out, { timeout: 60_000 }).toContain('locked');
    holder.kill('SIGKILL');
    await exited;
    // SIGKILL runs no exit handler: the lock is still there, and only its age frees it.
    expect(fs.existsSync(lockPath)).toBe(true);
    const next = await openDatabase({ pgliteDirectory: dataDir });
    try {
      expect(fs.statSync(lockPath).isDirectory()).toBe(true);
    } finally {
      await next.close();
    }
  });
});
