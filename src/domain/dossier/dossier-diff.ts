/**
 * A readable diff between two states of a dossier (two submitted versions, a version and the
 * working draft, or a previous dossier and its upgrade): Biểu 1 fields, chosen options, linked
 * evidence and notes. Pure; unchanged items never appear.
 */
import { listScorableCriteria } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import type { DossierAnswer, DossierContent, DossierRegistration } from './dossier.types';

export type ChangeSection = 'registration' | 'answer' | 'evidence' | 'note';

export interface DossierChange {
  section: ChangeSection;
  /** Field path (`product.name`) or criterion code (`A.1.a`). */
  item: string;
  labelVi: string;
  before: string | null;
  after: string | null;
}

const REGISTRATION_LABELS: Record<string, string> = {
  'producer.name': 'Tên chủ thể',
  'producer.type': 'Loại hình chủ thể',
  'producer.registrationNumber': 'Số đăng ký kinh doanh / mã số thuế',
  'producer.address': 'Địa chỉ',
  'producer.phone': 'Điện thoại',
  'producer.email': 'E-mail',
  'legalRepresentative.fullName': 'Người đại diện theo pháp luật',
  'legalRepresentative.title': 'Chức vụ',
  'legalRepresentative.gender': 'Giới tính người đại diện',
  'legalRepresentative.isEthnicMinority': 'Người đại diện là người dân tộc thiểu số',
  'product.name': 'Tên sản phẩm',
  'product.description': 'Mô tả sản phẩm',
  'product.packaging': 'Quy cách đóng gói',
  attachments: 'Tài liệu kèm theo',
  sampleCount: 'Số lượng mẫu sản phẩm',
};

/** Biểu 1 as flat `path → printable value` pairs, in form order. */
export function flattenRegistration(registration: DossierRegistration): [string, string][] {
  const r = registration;
  return [
    ['producer.name', r.producer.name],
    ['producer.type', r.producer.type],
    ['producer.registrationNumber', r.producer.registrationNumber],
    ['producer.address', r.producer.address],
    ['producer.phone', r.producer.phone],
    ['producer.email', r.producer.email],
    ['legalRepresentative.fullName', r.legalRepresentative.fullName],
    ['legalRepresentative.title', r.legalRepresentative.title],
    ['legalRepresentative.gender', r.legalRepresentative.gender],
    ['legalRepresentative.isEthnicMinority', r.legalRepresentative.isEthnicMinority ? 'có' : 'không'],
    ['product.name', r.product.name],
    ['product.description', r.product.description],
    ['product.packaging', r.product.packaging],
    ['attachments', r.attachments.join('; ')],
    ['sampleCount', String(r.sampleCount)],
  ];
}

export interface DiffLabels {
  /** Title of an evidence id (falls back to the id). */
  evidenceTitle?: (id: string) => string | undefined;
}

function optionText(sheet: RubricSheet | undefined, code: string, option: number): string {
  if (option === 0) return '0 — không đạt phương án nào';
  const criterion = sheet
    ? listScorableCriteria(sheet).find((s) => s.criterion.code === code)?.criterion
    : undefined;
  const chosen = criterion?.options[option - 1];
  return chosen ? `${option} — ${chosen.textVi} (${chosen.points} điểm)` : String(option);
}

function answerChanges(
  code: string,
  before: DossierAnswer | undefined,
  after: DossierAnswer | undefined,
  sheet: RubricSheet | undefined,
  labels: DiffLabels,
): DossierChange[] {
  const changes: DossierChange[] = [];
  const title = (id: string): string => labels.evidenceTitle?.(id) ?? id;
  if (before?.option !== after?.option)
    changes.push({
      section: 'answer',
      item: code,
      labelVi: `Tiêu chí ${code}: phương án tự đánh giá`,
      before: before ? optionText(sheet, code, before.option) : null,
      after: after ? optionText(sheet, code, after.option) : null,
    });
  const beforeIds = new Set(before?.evidenceIds ?? []);
  const afterIds = new Set(after?.evidenceIds ?? []);
  for (const id of afterIds)
    if (!beforeIds.has(id))
      changes.push({
        section: 'evidence',
        item: code,
        labelVi: `Tiêu chí ${code}: thêm minh chứng`,
        before: null,
        after: title(id),
      });
  for (const id of beforeIds)
    if (!afterIds.has(id))
      changes.push({
        section: 'evidence',
        item: code,
        labelVi: `Tiêu chí ${code}: bỏ minh chứng`,
        before: title(id),
        after: null,
      });
  const noteBefore = before?.note ?? '';
  const noteAfter = after?.note ?? '';
  if (noteBefore !== noteAfter)
    changes.push({
      section: 'note',
      item: code,
      labelVi: `Tiêu chí ${code}: ghi chú`,
      before: noteBefore || null,
      after: noteAfter || null,
    });
  return changes;
}

/**
 * Changes from `before` to `after`, registration first, then criteria in sheet order (unknown
 * codes last, alphabetically). Invariant: diff(x, x) is empty.
 */
export function diffDossierContent(
  before: DossierContent,
  after: DossierContent,
  sheet?: RubricSheet,
  labels: DiffLabels = {},
): DossierChange[] {
  const changes: DossierChange[] = [];
  const beforeFields = new Map(flattenRegistration(before.registration));
  for (const [path, value] of flattenRegistration(after.registration)) {
    const old = beforeFields.get(path) ?? '';
    if (old !== value)
      changes.push({
        section: 'registration',
        item: path,
        labelVi: REGISTRATION_LABELS[path] ?? path,
        before: old || null,
        after: value || null,
      });
  }
  const order = sheet ? listScorableCriteria(sheet).map((s) => s.criterion.code) : [];
  const codes = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  const sorted = [
    ...order.filter((c) => codes.has(c)),
    ...[...codes].filter((c) => !order.includes(c)).sort(),
  ];
  for (const code of sorted)
    changes.push(...answerChanges(code, before.answers[code], after.answers[code], sheet, labels));
  return changes;
}
