/**
 * PAdES signature (ETSI.CAdES.detached) of a generated PDF with the issuing authority's PKCS#12:
 * a signature placeholder is appended as an incremental update, then filled with the CMS
 * signature over the byte ranges — verifiable with poppler's `pdfsig` or any PDF reader.
 */
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import type { SigningIdentity } from './demo-signing-identity';

export interface SignatureDetails {
  /** Why it is signed, e.g. "Quyet dinh thu hoi so 12/QD-UBND" (PDF strings stay ASCII). */
  reason: string;
  /** Who signs (the leader's name). */
  signerName: string;
  location: string;
  signingTime: Date;
}

/** Keeps a PDF literal string readable by every tool: ASCII only, no parentheses or backslashes. */
export function pdfSafeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[()\\]/g, ' ');
}

/** Returns the PDF with a PAdES signature of `identity` appended. */
export async function signPdf(
  pdf: Buffer,
  identity: SigningIdentity,
  details: SignatureDetails,
): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: pdfSafeText(details.reason),
    contactInfo: '',
    name: pdfSafeText(details.signerName),
    location: pdfSafeText(details.location),
    signingTime: details.signingTime,
    subFilter: 'ETSI.CAdES.detached',
    appName: 'OCOP-Platform',
  });
  const signer = new P12Signer(identity.p12, { passphrase: identity.passphrase });
  return new SignPdf().sign(withPlaceholder, signer, details.signingTime);
}
