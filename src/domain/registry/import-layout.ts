import { foldVietnamese } from '../text/fold-vietnamese';
import { checkGtin } from './gtin';
import {
  isProducerType,
  PRODUCER_TYPE_LABELS,
  type Gender,
  type LegalRepresentative,
  type ProducerType,
} from './producer-types';
import { checkRegistrationNumber } from './registration-number';

/**
 * The column layout of producer/product import files (Excel .xlsx or CSV), documented for users
 * in docs/api/imports.md. One row = one producer, optionally with one of its products; a producer
 * with several products repeats its columns on several rows (the first row defines it). Headers
 * are matched without regard to case, tones or spacing; unknown columns are ignored.
 *
 * Natural keys: the registration number identifies a producer, (registration number, product
 * name) a product — so importing the same file twice creates nothing the second time.
 */
export const IMPORT_COLUMNS = [
  {
    key: 'producerType',
    header: 'Loại hình chủ thể',
    aliases: ['Loại hình', 'Loại chủ thể'],
    isRequired: true,
  },
  { key: 'producerName', header: 'Tên chủ thể', aliases: [], isRequired: true },
  {
    key: 'registrationNumber',
    header: 'Mã số đăng ký',
    aliases: ['Mã số thuế', 'MST', 'Số đăng ký', 'Số ĐKKD', 'Mã số doanh nghiệp'],
    isRequired: true,
  },
  {
    key: 'communeCode',
    header: 'Mã xã',
    aliases: ['Mã xã/phường', 'Mã đơn vị hành chính'],
    isRequired: true,
  },
  { key: 'address', header: 'Địa chỉ', aliases: [], isRequired: true },
  {
    key: 'representativeName',
    header: 'Người đại diện',
    aliases: ['Người đại diện theo pháp luật', 'Họ tên người đại diện'],
    isRequired: true,
  },
  { key: 'representativeTitle', header: 'Chức vụ', aliases: [], isRequired: true },
  { key: 'representativeGender', header: 'Giới tính', aliases: [], isRequired: true },
  {
    key: 'representativeEthnicMinority',
    header: 'Dân tộc thiểu số',
    aliases: ['Là người dân tộc thiểu số'],
    isRequired: false,
  },
  { key: 'representativeEthnicity', header: 'Dân tộc', aliases: [], isRequired: false },
  { key: 'phone', header: 'Điện thoại', aliases: ['Số điện thoại'], isRequired: false },
  { key: 'email', header: 'Email', aliases: ['E-mail', 'Thư điện tử'], isRequired: false },
  { key: 'workforceTotal', header: 'Số lao động', aliases: ['Tổng số lao động'], isRequired: false },
  { key: 'workforceFemale', header: 'Lao động nữ', aliases: ['Số lao động nữ'], isRequired: false },
  { key: 'productName', header: 'Tên sản phẩm', aliases: [], isRequired: false },
  { key: 'productSet', header: 'Bộ sản phẩm', aliases: ['Số bộ sản phẩm'], isRequired: false },
  { key: 'productDescription', header: 'Mô tả sản phẩm', aliases: ['Mô tả'], isRequired: false },
  { key: 'gtin', header: 'GTIN', aliases: ['Mã vạch', 'Mã GTIN'], isRequired: false },
  { key: 'packaging', header: 'Quy cách đóng gói', aliases: ['Đóng gói'], isRequired: false },
  {
    key: 'rawMaterialAreaHectares',
    header: 'Diện tích vùng nguyên liệu (ha)',
    aliases: ['Vùng nguyên liệu (ha)', 'Diện tích vùng nguyên liệu'],
    isRequired: false,
  },
  {
    key: 'annualCapacity',
    header: 'Công suất/năm',
    aliases: ['Công suất', 'Sản lượng/năm'],
    isRequired: false,
  },
  { key: 'capacityUnit', header: 'Đơn vị công suất', aliases: [], isRequired: false },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
export type ImportCells = Partial<Record<ImportColumnKey, string>>;

/** One problem of one row, in Vietnamese and English; `line` as the user sees it in the file. */
export interface ImportRowProblem {
  line: number;
  column: string | null;
  messageVi: string;
  messageEn: string;
}

const HEADER_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ImportColumnKey,
  string
>;

function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Maps the header row to column keys (position → key). Problems: a required column missing, or a
 * column present twice — reported on `headerLine`.
 */
export function mapImportHeaders(
  headers: readonly string[],
  headerLine = 1,
): { columns: Map<number, ImportColumnKey>; problems: ImportRowProblem[] } {
  const byHeader = new Map<string, ImportColumnKey>();
  for (const column of IMPORT_COLUMNS)
    for (const name of [column.header, ...column.aliases]) byHeader.set(headerKey(name), column.key);
  const columns = new Map<number, ImportColumnKey>();
  const problems: ImportRowProblem[] = [];
  const seen = new Set<ImportColumnKey>();
  headers.forEach((text, index) => {
    const key = byHeader.get(headerKey(text));
    if (!key) return;
    if (seen.has(key)) {
      problems.push({
        line: headerLine,
        column: text,
        messageVi: `Cột "${HEADER_OF[key]}" xuất hiện hai lần`,
        messageEn: `Column "${HEADER_OF[key]}" appears twice`,
      });
      return;
    }
    seen.add(key);
    columns.set(index, key);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.isRequired && !seen.has(column.key)) {
      problems.push({
        line: headerLine,
        column: column.header,
        messageVi: `Thiếu cột bắt buộc "${column.header}"`,
        messageEn: `Required column "${column.header}" is missing`,
      });
    }
  }
  return { columns, problems };
}

/** A producer as read from a row: what createProducer would need, plus the commune code. */
export interface ImportedProducer {
  type: ProducerType;
  name: string;
  registrationNumber: string;
  communeCode: string;
  address: string;
  legalRepresentative: LegalRepresentative;
  contacts: { phone?: string; email?: string };
  workforce: { total?: number; female?: number };
}

export interface ImportedProduct {
  name: string;
  productSet: number;
  description: string;
  gtin: string | null;
  details: {
    packaging?: string;
    rawMaterialAreaHectares?: number;
    annualCapacity?: number;
    capacityUnit?: string;
  };
}

export type ParsedImportRow =
  | { isValid: true; line: number; producer: ImportedProducer; product: ImportedProduct | null }
  | { isValid: false; line: number; problems: ImportRowProblem[] };

const TYPE_BY_TEXT = new Map<string, ProducerType>([
  ...Object.entries(PRODUCER_TYPE_LABELS).flatMap(
    ([type, label]) =>
      [
        [headerKey(label.vi), type as ProducerType],
        [headerKey(label.en), type as ProducerType],
        [headerKey(type), type as ProducerType],
      ] as [string, ProducerType][],
  ),
  [headerKey('DN'), 'enterprise'],
  [headerKey('Công ty'), 'enterprise'],
  [headerKey('HTX'), 'cooperative'],
  [headerKey('THT'), 'cooperative_group'],
  [headerKey('Hộ kinh doanh'), 'household'],
  [headerKey('Hộ sản xuất'), 'household'],
  [headerKey('Cơ sở sản xuất'), 'household'],
]);

const GENDER_BY_TEXT = new Map<string, Gender>([
  ['nu', 'female'],
  ['female', 'female'],
  ['f', 'female'],
  ['nam', 'male'],
  ['male', 'male'],
  ['m', 'male'],
  ['khac', 'other'],
  ['other', 'other'],
]);

const YES = new Set(['co', 'x', '1', 'yes', 'true', 'dung']);
const NO = new Set(['', 'khong', '0', 'no', 'false', 'sai']);

/** Context a row needs but cannot know itself: the product sets of the taxonomy in force. */
export interface ImportRowContext {
  isKnownProductSet(setNumber: number): boolean;
}

function parseNumber(raw: string): number | undefined {
  const text = raw.replace(/\s/g, '').replace(',', '.');
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Reads one data row into a producer (and optional product), or lists every problem of the row
 * with its column. Pure.
 */
export function parseImportRow(cells: ImportCells, line: number, context: ImportRowContext): ParsedImportRow {
  const problems: ImportRowProblem[] = [];
  const text = (key: ImportColumnKey) => (cells[key] ?? '').normalize('NFC').trim();
  const problem = (key: ImportColumnKey, messageVi: string, messageEn: string) =>
    problems.push({ line, column: HEADER_OF[key], messageVi, messageEn });
  for (const column of IMPORT_COLUMNS) {
    if (column.isRequired && text(column.key) === '')
      problem(column.key, 'Bắt buộc, đang để trống', 'Required, empty');
  }
  const typeText = text('producerType');
  const type = TYPE_BY_TEXT.get(headerKey(typeText)) ?? (isProducerType(typeText) ? typeText : undefined);
  if (typeText !== '' && !type)
    problem(
      'producerType',
      `Loại hình "${typeText}" không hợp lệ (Doanh nghiệp, Hợp tác xã, Tổ hợp tác, Hộ sản xuất kinh doanh)`,
      `Unknown producer type "${typeText}"`,
    );
  let registrationNumber = text('registrationNumber');
  if (type && registrationNumber !== '') {
    const check = checkRegistrationNumber(type, registrationNumber);
    if (check.isValid) registrationNumber = check.normalized;
    else problem('registrationNumber', check.messageVi, check.messageEn);
  }
  const genderText = text('representativeGender');
  const gender = GENDER_BY_TEXT.get(foldVietnamese(genderText));
  if (genderText !== '' && !gender)
    problem(
      'representativeGender',
      `Giới tính "${genderText}" không hợp lệ (Nam, Nữ, Khác)`,
      `Unknown gender "${genderText}"`,
    );
  const minorityText = foldVietnamese(text('representativeEthnicMinority'));
  if (!YES.has(minorityText) && !NO.has(minorityText))
    problem('representativeEthnicMinority', 'Ghi "Có" hoặc "Không"', 'Write "Có" (yes) or "Không" (no)');
  const email = text('email');
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problem('email', 'Email không hợp lệ', 'Invalid e-mail');
  const workforce: ImportedProducer['workforce'] = {};
  for (const [key, field] of [
    ['workforceTotal', 'total'],
    ['workforceFemale', 'female'],
  ] as const) {
    const value = parseNumber(text(key));
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0)
      problem(key, 'Cần một số nguyên không âm', 'Must be a non-negative whole number');
    else workforce[field] = value;
  }
  const product = parseProduct(text, problem, context);
  if (problems.length > 0 || !type || !gender) return { isValid: false, line, problems };
  const phone = text('phone');
  const ethnicity = text('representativeEthnicity');
  return {
    isValid: true,
    line,
    producer: {
      type,
      name: text('producerName'),
      registrationNumber,
      communeCode: text('communeCode'),
      address: text('address'),
      legalRepresentative: {
        fullName: text('representativeName'),
        title: text('representativeTitle'),
        gender,
        isEthnicMinority: YES.has(minorityText),
        ethnicity: ethnicity === '' ? null : ethnicity,
      },
      contacts: { ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      workforce,
    },
    product,
  };
}

function parseProduct(
  text: (key: ImportColumnKey) => string,
  problem: (key: ImportColumnKey, vi: string, en: string) => void,
  context: ImportRowContext,
): ImportedProduct | null {
  const name = text('productName');
  const productColumns: ImportColumnKey[] = [
    'productSet',
    'productDescription',
    'gtin',
    'packaging',
    'rawMaterialAreaHectares',
    'annualCapacity',
    'capacityUnit',
  ];
  if (name === '') {
    if (productColumns.some((key) => text(key) !== ''))
      problem(
        'productName',
        'Có thông tin sản phẩm nhưng thiếu tên sản phẩm',
        'Product data without a product name',
      );
    return null;
  }
  const setNumber = parseNumber(text('productSet'));
  if (setNumber === undefined)
    problem('productSet', 'Bắt buộc khi có tên sản phẩm', 'Required with a product name');
  else if (!Number.isInteger(setNumber) || !context.isKnownProductSet(setNumber))
    problem(
      'productSet',
      `Không có bộ sản phẩm "${text('productSet')}" (1–26)`,
      `No product set "${text('productSet')}" (1–26)`,
    );
  let gtin: string | null = null;
  if (text('gtin') !== '') {
    const check = checkGtin(text('gtin'));
    if (check.isValid) gtin = check.normalized;
    else problem('gtin', check.messageVi, check.messageEn);
  }
  const details: ImportedProduct['details'] = {};
  if (text('packaging')) details.packaging = text('packaging');
  if (text('capacityUnit')) details.capacityUnit = text('capacityUnit');
  for (const key of ['rawMaterialAreaHectares', 'annualCapacity'] as const) {
    const value = parseNumber(text(key));
    if (value === undefined) continue;
    if (Number.isNaN(value) || value < 0)
      problem(key, 'Cần một số không âm', 'Must be a non-negative number');
    else details[key] = value;
  }
  return { name, productSet: setNumber ?? 0, description: text('productDescription'), gtin, details };
}
