import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress';

/** Libraries every screen needs, one long-cached chunk each, so a release re-downloads only our code. */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
  { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
  { name: 'forms', test: /node_modules[\\/](react-hook-form|@hookform|zod)[\\/]/ },
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
