import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The back-office SPA. Built into <repo>/dist/web and served by the server at /app/ (any /app/*
 * falls back to index.html). Paths are relative to this folder, so no Node imports are needed.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
