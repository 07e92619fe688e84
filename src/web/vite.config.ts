// This file runs in Node at build time, never in the browser: the web layer's ban on node: imports is lifted here.
/* eslint-disable no-restricted-imports */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
/* eslint-enable no-restricted-imports */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Text assets worth compressing; fonts (WOFF2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
/** Below this size the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

/**
 * Writes a `.br` and a `.gz` copy beside every text file of the build, once, at build time, so the
 * server sends them with `@fastify/static`'s `preCompressed` option and compresses nothing per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ocop-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const content = await readFile(file);
          if (content.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gzipAsync(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}

const BASE_MANTINE_COMPONENTS = [
  'Alert',
  'CloseButton',
  'Input',
  'InputBase',
  'Loader',
  'Stack',
  'Text',
  'Transition',
  'UnstyledButton',
];
const BASE_MANTINE = new RegExp(
  `node_modules[\\\\/]@mantine[\\\\/]core[\\\\/]esm[\\\\/](?:core|components[\\\\/](?:${BASE_MANTINE_COMPONENTS.join('|')}))[\\\\/]`,
);
const BASE_OTHERS =
  /node_modules[\\/](?:clsx|@mantine[\\/]hooks[\\/]esm[\\/](?:use-id|use-isomorphic-effect|use-did-update|use-media-query|use-reduced-motion|use-uncontrolled|use-merged-ref|utils)[\\/]|@tabler[\\/]icons-react[\\/]dist[\\/]esm[\\/](?:createReactComponent|defaultAttributes|icons[\\/]IconAlertCircle))|src[\\/]web[\\/]api[\\/](?:http|api-error)\.ts$/;

function isBaseModule(id: string): boolean {
  return BASE_MANTINE.test(id) || BASE_OTHERS.test(id);
}

/** Libraries every screen needs, one long-cached chunk each, so a release re-downloads only our code. */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
  // What the sign-in page needs of Mantine (its core, the inputs, buttons, alerts, transitions), the
  // HTTP client and the icon factory, in one chunk instead of four: on a slow phone each extra file
  // is one more round trip queued behind the browser's six connections.
  { name: 'base', test: isBaseModule, includeDependenciesRecursively: false },
  // Every screen's translations, loaded in one piece after the sign-in (see i18n/namespaces.ts).
  {
    name: 'screen-texts',
    test: /src[\\/]web[\\/][^\\/]+[\\/](?:[^\\/]+-i18n\.ts|i18n[\\/](?:vi|en)\.json)$/,
    includeDependenciesRecursively: false,
  },
  // The built-in rubric texts (product sets and criteria), loaded by the screens that use them,
  // cut in pieces under Vite's 500 kB warning (they compress to about 20 kB with brotli).
  { name: 'rubrics', test: /domain[\\/]rubric[\\/]catalogue[\\/]/, maxSize: 400_000 },
];

/**
 * The back-office SPA. Built into <repo>/dist/web and served by the server at /app/ (any /app/*
 * falls back to index.html). Every screen is its own chunk loaded on demand (lazy routes); text
 * files are written pre-compressed (.br, .gz) beside the originals; no source map is published.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
