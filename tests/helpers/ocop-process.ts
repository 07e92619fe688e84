import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** A port nobody listens on right now (the OS picks it; we release it for the child). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The environment of a child `ocop` process: PGlite in `dataDir`, never an inherited DATABASE_URL. */
export function ocopEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _inherited, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', ...extra };
}

/** A running `node bin/ocop.js …` whose output is collected, and its exit as a promise. */
export interface OcopProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startOcop(args: string[], env: NodeJS.ProcessEnv): OcopProcess {
  const child = spawn(process.execPath, ['bin/ocop.js', ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/**
 * Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. The benchmarks use it
 * too, outside Vitest, so it waits with a plain loop rather than `vi.waitFor`.
 */
export async function waitForReady(url: string, process: OcopProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void process.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before ready:\n${process.stdout()}\n${process.stderr()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${process.stdout()}\n${process.stderr()}`);
}
