import { fileTypeFromBuffer } from 'file-type';
import yauzl from 'yauzl';
import { DomainError } from '../../domain/errors';

/**
 * What we accept as evidence: PDF, JPEG, PNG, WebP and office documents (OOXML and
 * OpenDocument). The type is recognised from the content (magic bytes), never from the name or
 * the client's content type. Legacy binary Office files (.doc/.xls) are refused: they cannot be
 * told apart reliably and carry macros; users save them as PDF or .docx.
 */
export const ACCEPTED_MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

export type AcceptedExtension = keyof typeof ACCEPTED_MEDIA_TYPES;

/** Limits on what a zip container (office document) may expand to. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio tolerated for an entry larger than 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

const MIB = 1024 * 1024;

function unsupported(): DomainError {
  return new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Tệp không thuộc loại được chấp nhận (PDF, JPEG, PNG, WebP, Word/Excel/PowerPoint .docx/.xlsx/.pptx, OpenDocument). Loại tệp được nhận biết theo nội dung, không theo tên.',
    'Unsupported file type (accepted: PDF, JPEG, PNG, WebP, .docx/.xlsx/.pptx, OpenDocument). The type is recognised from the content, not the name.',
    [{ field: 'file', messageVi: 'Loại tệp không được chấp nhận', messageEn: 'Unsupported file type' }],
  );
}

function zipBomb(): DomainError {
  return new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Tệp nén bên trong tài liệu có kích thước giải nén bất thường (nghi "bom zip"); tệp bị từ chối.',
    'The document expands to an absurd size (suspected zip bomb); refused.',
    [{ field: 'file', messageVi: 'Kích thước giải nén bất thường', messageEn: 'Absurd uncompressed size' }],
  );
}

function isZip(content: Buffer): boolean {
  return (
    content.length >= 4 &&
    content[0] === 0x50 &&
    content[1] === 0x4b &&
    content[2] === 0x03 &&
    content[3] === 0x04
  );
}

/**
 * Reads the zip's central directory (without inflating anything) and refuses absurd expansion:
 * too many entries, too large in total, or an entry compressed beyond `maxRatio`. Also refuses a
 * zip that cannot be read at all.
 */
export async function assertSaneZip(content: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(content, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw unsupported();
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw zipBomb();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalUncompressedBytes) throw zipBomb();
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > MIB && ratio > limits.maxRatio) throw zipBomb();
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unsupported();
  } finally {
    zip.close();
  }
}

/**
 * Decides what an uploaded file is, from its bytes: empty → VALIDATION_FAILED; zip bomb or an
 * unaccepted type (HTML named `.pdf`, executables, plain zip…) → UNSUPPORTED_MEDIA_TYPE.
 * Nothing is written anywhere: call this before storing.
 */
export async function inspectUpload(
  content: Buffer,
  zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<{ extension: AcceptedExtension; mediaType: string }> {
  if (content.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'Tệp rỗng.', 'The file is empty.', [
      { field: 'file', messageVi: 'Tệp rỗng', messageEn: 'Empty file' },
    ]);
  }
  // Look at a zip's directory before anything inflates an entry (file-type reads some of them).
  if (isZip(content)) await assertSaneZip(content, zipLimits);
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !(detected.ext in ACCEPTED_MEDIA_TYPES)) throw unsupported();
  const extension = detected.ext as AcceptedExtension;
  return { extension, mediaType: ACCEPTED_MEDIA_TYPES[extension] };
}
