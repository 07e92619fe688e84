/**
 * Decides what happens to each evidence file of a dossier bundle: PDF pages copied in, JPEG/PNG
 * printed as a page, or listed as "attached separately" (office documents, encrypted or broken
 * PDFs, missing files, and whatever would push the bundle past its size limit).
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { PrintedEvidence } from './dossier-forms.pdf';

/** Evidence as the bundle prints it: the frozen record plus what the library still knows. */
export interface BundleEvidence extends Omit<PrintedEvidence, 'sizeBytes' | 'issuedOn'> {
  issuedOn: string | null;
  /**
   * True when the version predates frozen issue dates, so `issuedOn` is the library's current
   * value and the separator page says so.
   */
  issuedOnFromLibrary: boolean;
  sizeBytes: number | null;
}

/** Why a file is not inside the bundle. */
export type SeparateReason = 'office' | 'unreadable' | 'missing' | 'over_limit' | 'unsupported';

export type BundleEntry =
  | { kind: 'pdf'; evidence: BundleEvidence; pages: PDFPage[] }
  | { kind: 'image'; evidence: BundleEvidence; content: Buffer }
  | { kind: 'separate'; evidence: BundleEvidence; reason: SeparateReason };

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);
const OFFICE_TYPE = /officedocument|msword|ms-excel|opendocument/;

function separateReasonOfType(mediaType: string): SeparateReason | undefined {
  if (mediaType === 'application/pdf' || IMAGE_TYPES.has(mediaType)) return undefined;
  return OFFICE_TYPE.test(mediaType) ? 'office' : 'unsupported';
}

/** The pages of `content` copied into `target`, or undefined when the PDF cannot be used. */
async function copyPdfPages(target: PDFDocument, content: Buffer): Promise<PDFPage[] | undefined> {
  try {
    // Encrypted PDFs throw here (pdf-lib refuses them by default), as do most corrupt files.
    const source = await PDFDocument.load(content, { updateMetadata: false });
    if (source.getPageCount() === 0) return undefined;
    return await target.copyPages(source, source.getPageIndices());
  } catch {
    return undefined;
  }
}

/**
 * One entry per evidence file, in order. At most `maxBytes` of evidence is read and merged; a file
 * that would exceed it (by its recorded size, then its real size) is listed as `over_limit`, so a
 * bundle never holds more than the limit in memory at once.
 */
export async function prepareBundleEvidence(params: {
  evidence: readonly BundleEvidence[];
  read: (sha256: string) => Promise<Buffer | undefined>;
  target: PDFDocument;
  maxBytes: number;
}): Promise<BundleEntry[]> {
  const entries: BundleEntry[] = [];
  let usedBytes = 0;
  for (const evidence of params.evidence) {
    const typeReason = separateReasonOfType(evidence.mediaType);
    if (typeReason) {
      entries.push({ kind: 'separate', evidence, reason: typeReason });
      continue;
    }
    if (evidence.sizeBytes !== null && usedBytes + evidence.sizeBytes > params.maxBytes) {
      entries.push({ kind: 'separate', evidence, reason: 'over_limit' });
      continue;
    }
    const content = await params.read(evidence.sha256);
    if (!content) {
      entries.push({ kind: 'separate', evidence, reason: 'missing' });
      continue;
    }
    if (usedBytes + content.length > params.maxBytes) {
      entries.push({ kind: 'separate', evidence, reason: 'over_limit' });
      continue;
    }
    usedBytes += content.length;
    if (IMAGE_TYPES.has(evidence.mediaType)) {
      entries.push({ kind: 'image', evidence, content });
      continue;
    }
    const pages = await copyPdfPages(params.target, content);
    entries.push(
      pages ? { kind: 'pdf', evidence, pages } : { kind: 'separate', evidence, reason: 'unreadable' },
    );
  }
  return entries;
}
