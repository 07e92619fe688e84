import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../src/web/vite.config';
import { createTestApp, type TestApp } from '../helpers/test-app';

const SCRIPT = `console.log(${JSON.stringify('Nền tảng OCOP '.repeat(200))});`;
const INDEX = `<!doctype html><html lang="vi"><head><title>Nền tảng OCOP</title></head><body>${'<div></div>'.repeat(200)}</body></html>`;

/** A web build laid out as `vite build` leaves it: hashed assets with .br/.gz copies, and a stray map. */
function writeWebBuild(root: string): void {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  const write = (name: string, content: string) => {
    writeFileSync(path.join(root, name), content);
    writeFileSync(path.join(root, `${name}.br`), brotliCompressSync(content));
    writeFileSync(path.join(root, `${name}.gz`), gzipSync(content));
  };
  write('index.html', INDEX);
  write('assets/index-AbC123.js', SCRIPT);
  writeFileSync(path.join(root, 'assets/index-AbC123.js.map'), '{"version":3}');
}

describe('the back-office files', () => {
  let testApp: TestApp;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ocop-web-'));
    writeWebBuild(root);
    testApp = await createTestApp({ config: { webDistDir: root } });
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends a hashed script brotli-compressed and cached for a year', async () => {
    const response = await testApp.app.inject({
      url: '/app/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser that does not take brotli', async () => {
    const response = await testApp.app.inject({
      url: '/app/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('has the browser revalidate the page of any screen, compressed', async () => {
    const response = await testApp.app.inject({
      url: '/app/dossiers/123',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('Nền tảng OCOP');
  });

  it('serves no source map, not even one left in the folder', async () => {
    const asset = await testApp.app.inject({ url: '/app/assets/index-AbC123.js.map' });
    expect(asset.statusCode).toBe(404);
    const elsewhere = await testApp.app.inject({ url: '/app/main.js.map' });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('builds no source map', () => {
    expect(viteConfig.build?.sourcemap).toBe(false);
  });
});
