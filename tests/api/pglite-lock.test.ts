import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database';
import { ocopEnv, startOcop } from '../helpers/ocop-process';

describe('PGlite data directory lock', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-lock-test-'));

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it(
    'a second process on the same DATA_DIR stops with a clear message and a non-zero exit code',
    { timeout: 240_000 },
    async () => {
      const holder = await openDatabase({ pgliteDirectory: dataDir });
      try {
        expect(fs.readFileSync(path.join(dataDir, 'ocop.lock'), 'utf8')).toBe(String(process.pid));
        const second = startOcop(['migrate'], ocopEnv({ DATA_DIR: dataDir }));
        const { code } = await second.exited;
        expect(code).not.toBe(0);
        expect(second.stderr()).toContain(`in use by process ${process.pid}`);
        expect(second.stderr()).toContain(`đang được tiến trình ${process.pid} sử dụng`);
        // A clear message, not a stack trace.
        expect(second.stderr()).not.toMatch(/\n\s+at /);
        expect(second.stdout()).not.toContain('database migrated');
      } finally {
        await holder.close();
      }
      expect(fs.existsSync(path.join(dataDir, 'ocop.lock'))).toBe(false);

      const third = startOcop(['migrate'], ocopEnv({ DATA_DIR: dataDir }));
      expect((await third.exited).code).toBe(0);
      expect(third.stdout()).toContain('database migrated');
    },
  );
});
