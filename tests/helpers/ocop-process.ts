import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { vi } from 'vitest';

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

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitForReady(url: string, process: OcopProcess, timeoutMs = 120_000): Promise<void> {
  let hasExited = false;
  void process.exited.then(() => (hasExited = true));
  const outcome = await vi
    .waitFor(
      async () => {
        if (hasExited) return 'exited';
        // Throws while nothing listens yet, like a non-200 answer: both are polled again.
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return 'ready';
      },
      { timeout: timeoutMs, interval: 250 },
    )
    .catch(() => {
      throw new Error(`server not ready after ${timeoutMs} ms:\n${process.stdout()}\n${process.stderr()}`);
    });
  if (outcome === 'exited')
    throw new Error(`server exited before ready:\n${process.stdout()}\n${process.stderr()}`);
}
