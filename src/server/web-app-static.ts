import path from 'node:path';
import type { FastifyReply } from 'fastify';

/** Vite names every file under `assets/` by its content hash: a changed file gets a new name. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** `index.html` and other unhashed files: the browser revalidates before each use. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

const ASSETS_SEGMENT = `${path.sep}assets${path.sep}`;

/** The cache rule of one file of the web build, by its path on disk. */
export function webAppCacheControl(filePath: string): string {
  return filePath.includes(ASSETS_SEGMENT) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}

/**
 * Options for `@fastify/static` serving the web build at /app/: the `.br`/`.gz` copies written at
 * build time are sent to browsers that accept them, hashed files are cached for a year, and no
 * source map is ever served, even if one were left in the folder.
 */
export function webAppStaticOptions(root: string) {
  return {
    root,
    prefix: '/app/',
    index: false as const,
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    allowedPath: (pathName: string) => !pathName.endsWith('.map'),
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', webAppCacheControl(filePath));
    },
  };
}
