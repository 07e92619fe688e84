/**
 * The columns of a certificate import file (giấy chứng nhận đã cấp trước khi dùng nền tảng):
 * every producer and product column of the registry import (docs/api/imports.md), the product
 * name now required, plus the certificate's own columns below. One row = one certificate.
 * Natural key: the certificate number — a certificate already present is left alone, so a
 * second run of the same file imports nothing. Pure.
 */
import { certificateLegalBasisOf } from '../rubric/legal-basis';
import { computeValidUntil } from '../evaluation/certificate-rules';
import { foldVietnamese } from '../text/fold-vietnamese';
import type { ImportRowProblem } from './import-layout';

export const CERTIFICATE_IMPORT_COLUMNS = [
  { key: 'stars', header: 'Số sao', aliases: ['Hạng sao', 'Sao', 'Xếp hạng'], isRequired: true },
  {
    key: 'certificateNumber',
    header: 'Số giấy chứng nhận',
    aliases: ['Số GCN', 'Số giấy CN', 'Giấy chứng nhận số'],
    isRequired: true,
  },
  {
    key: 'decisionNumber',
    header: 'Số quyết định',
    aliases: ['Quyết định số', 'Số QĐ'],
    isRequired: true,
  },
  { key: 'decisionDate', header: 'Ngày quyết định', aliases: ['Ngày QĐ'], isRequired: true },
  {
    key: 'issuerCode',
    header: 'Mã đơn vị cấp',
    aliases: ['Mã cơ quan cấp', 'Mã đơn vị công nhận'],
    isRequired: true,
  },
  { key: 'issuedOn', header: 'Ngày cấp', aliases: ['Ngày cấp giấy chứng nhận'], isRequired: true },
  {
    key: 'validUntil',
    header: 'Ngày hết hạn',
    aliases: ['Hiệu lực đến', 'Có hiệu lực đến'],
    isRequired: false,
  },
  { key: 'legalBasis', header: 'Căn cứ', aliases: ['Căn cứ pháp lý', 'Bộ tiêu chí'], isRequired: false },
] as const;

export type CertificateImportColumnKey = (typeof CERTIFICATE_IMPORT_COLUMNS)[number]['key'];

/** Months a certificate of 3–5★ is valid when the file gives no end date (OCOP.md §8). */
export const IMPORTED_CERTIFICATE_VALIDITY_MONTHS = 36;

/** The certificate part of a row, checked. Dates are ISO (yyyy-mm-dd). */
export interface ImportedCertificate {
  stars: number;
  number: string;
  decisionNumber: string;
  decisionDate: string;
  issuerCode: string;
  issuedOn: string;
  validUntil: string;
  /** '1048' or '148' — the decision the certificate was scored and issued under. */
  legalBasis: '1048' | '148';
}

export type ParsedCertificateRow =
  { isValid: true; certificate: ImportedCertificate } | { isValid: false; problems: ImportRowProblem[] };

const HEADER_OF = Object.fromEntries(CERTIFICATE_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CertificateImportColumnKey,
  string
>;

function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

/** Position → key of the certificate columns; problems name a missing required column. */
export function mapCertificateImportHeaders(
  headers: readonly string[],
  headerLine = 1,
): { columns: Map<number, CertificateImportColumnKey>; problems: ImportRowProblem[] } {
  const byHeader = new Map<string, CertificateImportColumnKey>();
  for (const column of CERTIFICATE_IMPORT_COLUMNS)
    for (const name of [column.header, ...column.aliases]) byHeader.set(headerKey(name), column.key);
  const columns = new Map<number, CertificateImportColumnKey>();
  headers.forEach((text, index) => {
    const key = byHeader.get(headerKey(text));
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  const seen = new Set(columns.values());
  const problems = CERTIFICATE_IMPORT_COLUMNS.filter((c) => c.isRequired && !seen.has(c.key)).map((c) => ({
    line: headerLine,
    column: c.header,
    messageVi: `Thiếu cột bắt buộc "${c.header}"`,
    messageEn: `Required column "${c.header}" is missing`,
  }));
  return { columns, problems };
}

/**
 * A date written `dd/mm/yyyy` (also `-` or `.` between parts) or `yyyy-mm-dd`, as ISO; undefined
 * when it is not a real calendar date.
 */
export function parseImportDate(raw: string): string | undefined {
  const text = raw.trim();
  let parts: [number, number, number] | undefined;
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (vietnamese) parts = [Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function legalBasisKeyOf(issuedOn: string): '1048' | '148' | undefined {
  const basis = certificateLegalBasisOf(issuedOn);
  if (!basis) return undefined;
  return basis.procedureId === '1048' ? '1048' : '148';
}

/**
 * Checks the certificate columns of one row: stars 3–5 (5★ only from the central level, code
 * `TW`), real dates, issue date from Decision 1048 (21/08/2019) up to `today`, the decision not
 * after the issue, the end date after the issue (default 36 months), and the legal basis — when
 * written — the one in force on the issue date (1048 before 24/02/2023, 148 from then).
 */
export function parseCertificateImportRow(
  cells: Partial<Record<CertificateImportColumnKey, string>>,
  line: number,
  today: string,
): ParsedCertificateRow {
  const problems: ImportRowProblem[] = [];
  const text = (key: CertificateImportColumnKey) => (cells[key] ?? '').normalize('NFC').trim();
  const problem = (key: CertificateImportColumnKey, messageVi: string, messageEn: string) =>
    problems.push({ line, column: HEADER_OF[key], messageVi, messageEn });
  for (const column of CERTIFICATE_IMPORT_COLUMNS)
    if (column.isRequired && text(column.key) === '')
      problem(column.key, 'Bắt buộc, đang để trống', 'Required, empty');
  const issuerCode = text('issuerCode').toUpperCase();
  // The public page `/c/<number>` looks numbers up in upper case, without spaces.
  const number = text('certificateNumber').toUpperCase().replace(/\s+/g, '');
  if (number.length > 64)
    problem(
      'certificateNumber',
      'Số giấy chứng nhận dài quá 64 ký tự',
      'The certificate number is longer than 64 characters',
    );
  const starsText = text('stars').replace(/\s*(sao|★|\*)$/i, '');
  const stars = Number(starsText);
  if (starsText !== '' && (!Number.isInteger(stars) || stars < 3 || stars > 5))
    problem(
      'stars',
      `Số sao "${text('stars')}" không hợp lệ (3, 4 hoặc 5)`,
      `Invalid stars "${text('stars')}" (3, 4 or 5)`,
    );
  else if (stars === 5 && issuerCode !== '' && issuerCode !== 'TW')
    problem(
      'stars',
      'Sản phẩm 5 sao do Trung ương công nhận (mã đơn vị cấp "TW")',
      '5★ is certified by the central level (issuer code "TW")',
    );
  const dates = {} as Record<'decisionDate' | 'issuedOn' | 'validUntil', string | undefined>;
  for (const key of ['decisionDate', 'issuedOn', 'validUntil'] as const) {
    if (text(key) === '') continue;
    dates[key] = parseImportDate(text(key));
    if (!dates[key])
      problem(
        key,
        `Ngày "${text(key)}" không hợp lệ (dd/mm/yyyy)`,
        `Invalid date "${text(key)}" (dd/mm/yyyy)`,
      );
  }
  const { issuedOn, decisionDate } = dates;
  const basis = issuedOn ? legalBasisKeyOf(issuedOn) : undefined;
  if (issuedOn && !basis)
    problem(
      'issuedOn',
      'Ngày cấp trước Quyết định 1048/QĐ-TTg (21/08/2019)',
      'Issued before Decision 1048/QĐ-TTg (21/08/2019)',
    );
  if (issuedOn && issuedOn > today)
    problem('issuedOn', 'Ngày cấp ở tương lai', 'The issue date is in the future');
  if (issuedOn && decisionDate && decisionDate > issuedOn)
    problem('decisionDate', 'Ngày quyết định sau ngày cấp', 'The decision date is after the issue date');
  const validUntil =
    dates.validUntil ??
    (issuedOn ? computeValidUntil(issuedOn, IMPORTED_CERTIFICATE_VALIDITY_MONTHS) : undefined);
  if (issuedOn && validUntil && validUntil <= issuedOn)
    problem('validUntil', 'Ngày hết hạn phải sau ngày cấp', 'The end date must be after the issue date');
  const basisText = text('legalBasis');
  if (basisText !== '' && basis) {
    const written = /1048/.test(basisText) ? '1048' : /148/.test(basisText) ? '148' : undefined;
    if (!written)
      problem(
        'legalBasis',
        `Căn cứ "${basisText}" không rõ (ghi 1048 hoặc 148)`,
        `Unknown legal basis "${basisText}" (write 1048 or 148)`,
      );
    else if (written !== basis)
      problem(
        'legalBasis',
        `Giấy cấp ngày này theo Quyết định ${basis}, không phải ${written}`,
        `A certificate of this date was issued under Decision ${basis}, not ${written}`,
      );
  }
  if (problems.length > 0 || !issuedOn || !decisionDate || !validUntil || !basis) {
    return { isValid: false, problems };
  }
  return {
    isValid: true,
    certificate: {
      stars,
      number,
      decisionNumber: text('decisionNumber'),
      decisionDate,
      issuerCode,
      issuedOn,
      validUntil,
      legalBasis: basis,
    },
  };
}
