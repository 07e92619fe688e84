import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { AppConfig } from '../config';
import { DomainError } from '../../domain/errors';
import { nulCharacterError } from '../plugins/text-input.plugin';

/** Default largest upload: 20 MiB. Deployments set `uploadMaxBytes` in the configuration. */
export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** The upload size limit of a configuration (`uploadMaxBytes` when the deployment sets it). */
export function uploadMaxBytesOf(config: AppConfig): number {
  return config.uploadMaxBytes > 0 ? config.uploadMaxBytes : DEFAULT_UPLOAD_MAX_BYTES;
}

export interface MultipartUpload {
  fields: Record<string, string>;
  file: { content: Buffer; fileName: string } | undefined;
}

function tooLarge(maxBytes: number): DomainError {
  const mb = (maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Tệp vượt quá giới hạn ${mb} MB.`,
    `The file exceeds the ${mb} MB limit.`,
    [{ field: 'file', messageVi: `Tối đa ${mb} MB`, messageEn: `At most ${mb} MB` }],
  );
}

/**
 * Reads a multipart/form-data request with exactly one file part (named `file`) and some text
 * fields, into memory, enforcing the size limit while streaming. Nothing touches the disk. Throws
 * UNSUPPORTED_MEDIA_TYPE (not multipart), PAYLOAD_TOO_LARGE, VALIDATION_FAILED (no file, several
 * files, too many fields, a NUL character in a field).
 */
export async function readMultipartUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<MultipartUpload> {
  if (!request.isMultipart()) {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Hãy gửi tệp dạng multipart/form-data.',
      'Send the file as multipart/form-data.',
    );
  }
  const fields: Record<string, string> = {};
  let file: MultipartUpload['file'];
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 2, fields: 30, fieldSize: 10_000 },
    })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname !== 'file' || file) {
          throw new DomainError(
            'VALIDATION_FAILED',
            'Chỉ gửi một tệp, trong trường "file".',
            'Send one file, in the "file" field.',
            [
              {
                field: part.fieldname,
                messageVi: 'Trường tệp không đúng',
                messageEn: 'Unexpected file field',
              },
            ],
          );
        }
        file = { content, fileName: part.filename };
      } else if (typeof part.value === 'string') {
        // PostgreSQL text cannot hold NUL: refuse it here, naming the field, as JSON bodies are refused.
        if (part.value.includes('\u0000')) throw nulCharacterError(part.fieldname);
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Quá nhiều tệp hoặc trường dữ liệu.',
        'Too many files or fields.',
      );
    }
    throw error;
  }
  return { fields, file };
}

/** A file name safe to store and to put in Content-Disposition: no path, no control characters. */
export function safeFileName(raw: string, extension: string): string {
  const base =
    [...(raw.split(/[\\/]/).pop() ?? '').normalize('NFC')]
      .filter((char) => char !== '"' && char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
      .join('')
      .trim()
      .slice(0, 200) || 'tep';
  return base.toLowerCase().endsWith(`.${extension}`) || (extension === 'jpg' && /\.jpe?g$/i.test(base))
    ? base
    : `${base}.${extension}`;
}
