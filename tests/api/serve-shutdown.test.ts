import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ocopEnv, startOcop, waitForReady, type OcopProcess } from '../helpers/ocop-process';

/**
 * Sends the head and half the body of a request on a keep-alive connection (as browsers and proxies
 * do), then waits for `finish()` to send the rest. The client never closes the connection itself.
 */
function startSlowLogin(port: number): { finish(): void; response: Promise<string> } {
  const body = JSON.stringify({ username: 'nobody-here', password: 'not-the-password' });
  const half = Math.floor(body.length / 2);
  const socket = net.connect(port, '127.0.0.1');
  socket.write(
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const response = new Promise<string>((resolve, reject) => {
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
  return { finish: () => socket.write(body.slice(half)), response };
}

describe('ocop serve: graceful shutdown', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-shutdown-test-'));
  let server: OcopProcess | undefined;

  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'on SIGTERM finishes the request in flight, closes the database and exits 0',
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      // At info level the server logs each request as it is routed, before its body has arrived.
      server = startOcop(
        ['serve'],
        ocopEnv({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }),
      );
      await waitForReady(`http://127.0.0.1:${port}/readyz`, server);
      expect(fs.existsSync(path.join(dataDir, 'ocop.lock'))).toBe(true);

      const hello = await fetch(`http://127.0.0.1:${port}/api/v1/hello`);
      expect(await hello.json()).toEqual({ status: 'ok' });

      const inFlight = startSlowLogin(port);
      // The signal arrives once the server has routed the request (its body is still half sent).
      await expect.poll(() => server!.stdout(), { timeout: 10_000 }).toContain('/api/v1/auth/login');
      server.child.kill('SIGTERM');
      await expect.poll(() => server!.stdout(), { timeout: 10_000 }).toContain('SIGTERM');
      inFlight.finish();

      // The server closes the kept-alive connection once the response is out.
      const raw = await inFlight.response;
      // The request was answered by the route (wrong credentials), not dropped or refused.
      expect(raw).toMatch(/^HTTP\/1\.1 401/);
      expect(raw).toContain('application/problem+json');

      const { code, signal } = await server.exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(fs.existsSync(path.join(dataDir, 'ocop.lock'))).toBe(false);
    },
  );
});
