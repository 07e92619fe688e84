import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../helpers/ocop-process';

const PASSWORD = 'Quantri@2026-moi';

async function runOcop(args: string[], env: NodeJS.ProcessEnv) {
  const run = startOcop(args, env);
  const { code } = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe('ocop accounts create-admin: the first administrator of a new installation', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-create-admin-test-'));
  let server: OcopProcess | undefined;

  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'creates an administrator who can sign in, and refuses a second one with the same name',
    { timeout: 240_000 },
    async () => {
      const env = ocopEnv({ DATA_DIR: dataDir });

      const missing = await runOcop(
        ['accounts', 'create-admin', 'quantri', '--display-name', 'Quản trị quốc gia'],
        env,
      );
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('OCOP_ADMIN_PASSWORD');

      const weak = await runOcop(
        ['accounts', 'create-admin', 'quantri', '--display-name', 'Quản trị quốc gia'],
        { ...env, OCOP_ADMIN_PASSWORD: 'short' },
      );
      expect(weak.code).toBe(2);
      expect(weak.stderr).toContain('password');

      const created = await runOcop(
        [
          'accounts',
          'create-admin',
          'quantri',
          '--display-name',
          'Quản trị quốc gia',
          '--email',
          'quantri@example.gov.vn',
          '--json',
        ],
        { ...env, OCOP_ADMIN_PASSWORD: PASSWORD },
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const summary = JSON.parse(created.stdout) as { username: string; unit: string };
      expect(summary.username).toBe('quantri');
      expect(summary.unit).toContain('Việt Nam');

      const again = await runOcop(['accounts', 'create-admin', 'quantri', '--display-name', 'Ai khác'], {
        ...env,
        OCOP_ADMIN_PASSWORD: PASSWORD,
      });
      expect(again.code).toBe(3);
      expect(again.stderr).toContain('Tên đăng nhập đã được sử dụng');

      const port = await freePort();
      server = startOcop(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
      await waitForReady(`http://127.0.0.1:${port}/readyz`, server);
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quantri', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const me = await fetch(`http://127.0.0.1:${port}/api/v1/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      const body = (await me.json()) as { grants: { role: string }[] };
      expect(body.grants.map((g) => g.role)).toEqual(['admin']);
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
    },
  );
});
