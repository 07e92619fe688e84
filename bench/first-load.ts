// `node bin/run-ts.js bench/first-load.ts`: the back-office's first load as an official on a slow
// phone connection sees it. Starts `ocop serve --demo` (PGlite), opens the sign-in page once in
// headless Debian Chromium with a cold cache, the CPU throttled 4× and DevTools' "Fast 3G" network
// profile (both through the Chrome DevTools Protocol), and prints the bytes transferred and the time
// until the form can be used, each against its target, with `met` / `MISSED`, and one JSON line.
// See bench/README.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import os from 'node:os';
import { loadAverage, withDemoServer } from './harness';
import { REPO_ROOT } from '../tests/helpers/ocop-process';

/** The targets. */
const TARGETS = { transferredKb: 300, interactiveMs: 3000 } as const;
const CPU_SLOWDOWN = 4;
/** DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbit/s down (180 kB/s), 675 kbit/s up. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};

interface FirstLoad {
  transferredBytes: number;
  requests: number;
  interactiveMs: number;
  /** Every response in the order requested, with when it started and finished (ms after the page's). */
  responses: { url: string; bytes: number; startMs: number; endMs: number }[];
}

/** One cold load of `/app/login`: bytes on the wire (headers included) and time to a usable form. */
async function measureSignIn(baseUrl: string): Promise<FirstLoad> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const urls = new Map<string, string>();
    const bytes = new Map<string, number>();
    const startedAt = new Map<string, number>();
    const finishedAt = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => {
      urls.set(event.requestId, event.request.url);
      startedAt.set(event.requestId, event.timestamp);
    });
    cdp.on('Network.loadingFinished', (event) => {
      bytes.set(event.requestId, event.encodedDataLength);
      finishedAt.set(event.requestId, event.timestamp);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${baseUrl}/app/login`, { waitUntil: 'commit' });
    // Interactive: the sign-in button is rendered and enabled (ms since navigation start, in the page).
    const handle = await page.waitForFunction(
      () => {
        const button = document.querySelector<HTMLButtonElement>('form button[type="submit"]');
        return button && !button.disabled ? performance.now() : false;
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    const interactiveMs = Math.round((await handle.jsonValue()) as number);
    await page.waitForLoadState('networkidle');
    const origin = Math.min(...startedAt.values());
    const sinceStart = (seconds: number | undefined) => Math.round(((seconds ?? origin) - origin) * 1000);
    const responses = [...bytes.entries()]
      .map(([id, size]) => ({
        url: (urls.get(id) ?? id).replace(baseUrl, ''),
        bytes: size,
        startMs: sinceStart(startedAt.get(id)),
        endMs: sinceStart(finishedAt.get(id)),
      }))
      .sort((a, b) => a.startMs - b.startMs);
    return {
      transferredBytes: [...bytes.values()].reduce((sum, size) => sum + size, 0),
      requests: bytes.size,
      interactiveMs,
      responses,
    };
  } finally {
    await browser.close();
  }
}

if (!fs.existsSync(path.join(REPO_ROOT, 'dist/web/index.html'))) {
  execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
process.stdout.write(
  `First load of the sign-in page — one run, CPU ${CPU_SLOWDOWN}× slower, Fast 3G, cold cache, 390 px, ${os.cpus().length} cores, load average ${loadAverage().join(' ')}\n`,
);
const result = await withDemoServer('pglite', measureSignIn);
const transferredKb = Math.round(result.transferredBytes / 102.4) / 10;
const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
const lines = [
  `transferred      ${transferredKb} kB in ${result.requests} requests   target < ${TARGETS.transferredKb} kB   ${verdict(transferredKb < TARGETS.transferredKb)}`,
  `interactive      ${result.interactiveMs} ms                 target < ${TARGETS.interactiveMs} ms   ${verdict(result.interactiveMs < TARGETS.interactiveMs)}`,
  'responses (requested → finished, ms after the first request):',
  ...result.responses.map(
    (item) =>
      `  ${String(Math.round(item.bytes / 102.4) / 10).padStart(7)} kB  ${String(item.startMs).padStart(5)} → ${String(item.endMs).padStart(5)}  ${item.url}`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify({ bench: 'first-load', loadAverage: loadAverage(), targets: TARGETS, ...result, transferredKb })}\n`,
);
if (transferredKb >= TARGETS.transferredKb || result.interactiveMs >= TARGETS.interactiveMs)
  process.exitCode = 1;
