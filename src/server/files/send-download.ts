import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { BlobStore } from './blob-store';

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Sends a stored upload as a download with the type recognised at upload: never rendered on our
 * origin (attachment, nosniff, a sandboxing CSP), never cached by shared caches.
 */
export function sendStoredFileAsDownload(
  reply: FastifyReply,
  blobs: BlobStore,
  file: { sha256: string; mediaType: string; fileName: string; sizeBytes: number },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('content-length', file.sizeBytes)
    .send(fs.createReadStream(blobs.pathOf(file.sha256)));
}
