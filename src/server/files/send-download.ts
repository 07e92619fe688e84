import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { BlobStore } from './blob-store';

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
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
    .send(fs.createReadStream(blobs.pathOf(file.sha256)));
}

/** Types shown in place by the browser itself (its PDF viewer, an image): never a script. */
const INLINE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];

/** Whether {@link sendStoredFileInline} shows a file of this type in place. */
export function isShownInline(mediaType: string): boolean {
  return INLINE_TYPES.includes(mediaType);
}

/**
 * Sends a stored upload to be shown in place — a PDF in the browser's viewer, an image — inside a
 * frame of our own pages only (`frame-ancestors 'self'`), nothing loaded by it, no sniffing. Any
 * other type, or `asAttachment`, goes out as a download like {@link sendStoredFileAsDownload}.
 */
export function sendStoredFileInline(
  reply: FastifyReply,
  blobs: BlobStore,
  file: { sha256: string; mediaType: string; fileName: string; sizeBytes: number },
  options: { asAttachment?: boolean } = {},
): FastifyReply {
  if (options.asAttachment || !isShownInline(file.mediaType))
    return sendStoredFileAsDownload(reply, blobs, file);
  // Versions frozen before sizes were recorded know none: the stream then goes out chunked.
  if (file.sizeBytes > 0) reply.header('content-length', file.sizeBytes);
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentHeader(file.fileName, 'inline'))
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'self'")
    .header('cache-control', 'private, no-store')
    .send(fs.createReadStream(blobs.pathOf(file.sha256)));
}
