/**
 * Completeness check (kiểm tra tính đầy đủ): what a dossier still lacks before it can be
 * submitted — required Biểu 1 fields, criteria without an answer, evidence a chosen option needs,
 * and product samples. Pure; the same list drives the producer's checklist and the submit guard.
 */
import { listScorableCriteria, type ScorableCriterion } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import type { DossierContent, DossierRegistration } from './dossier.types';

/** Samples the council needs for every set that requires them (Decision 148: 5). */
export const REQUIRED_SAMPLE_COUNT = 5;

export type MissingKind = 'field' | 'answer' | 'evidence' | 'samples' | 'case';

export interface MissingItem {
  kind: MissingKind;
  /** A Biểu 1 field path (`registration.product.name`), a criterion or group code, or `samples`. */
  item: string;
  messageVi: string;
  messageEn: string;
}

export interface Completeness {
  isComplete: boolean;
  missing: MissingItem[];
  answeredCount: number;
  criteriaCount: number;
}

const REQUIRED_FIELDS: readonly {
  path: string;
  labelVi: string;
  labelEn: string;
  read: (r: DossierRegistration) => string;
}[] = [
  {
    path: 'registration.producer.name',
    labelVi: 'Tên chủ thể',
    labelEn: 'Producer name',
    read: (r) => r.producer.name,
  },
  {
    path: 'registration.producer.registrationNumber',
    labelVi: 'Số đăng ký kinh doanh / mã số thuế',
    labelEn: 'Registration number',
    read: (r) => r.producer.registrationNumber,
  },
  {
    path: 'registration.producer.address',
    labelVi: 'Địa chỉ chủ thể',
    labelEn: 'Producer address',
    read: (r) => r.producer.address,
  },
  {
    path: 'registration.producer.phone',
    labelVi: 'Điện thoại liên hệ',
    labelEn: 'Contact phone',
    read: (r) => r.producer.phone,
  },
  {
    path: 'registration.legalRepresentative.fullName',
    labelVi: 'Họ tên người đại diện theo pháp luật',
    labelEn: 'Legal representative',
    read: (r) => r.legalRepresentative.fullName,
  },
  {
    path: 'registration.legalRepresentative.title',
    labelVi: 'Chức vụ người đại diện',
    labelEn: 'Representative title',
    read: (r) => r.legalRepresentative.title,
  },
  {
    path: 'registration.product.name',
    labelVi: 'Tên sản phẩm',
    labelEn: 'Product name',
    read: (r) => r.product.name,
  },
  {
    path: 'registration.product.description',
    labelVi: 'Mô tả sản phẩm',
    labelEn: 'Product description',
    read: (r) => r.product.description,
  },
];

/** Evidence hints the council checks on the product itself, not in documents. */
function needsDocuments(hint: string): boolean {
  return !/^mẫu sản phẩm/i.test(hint.trim());
}

/** The criteria a case-block choice makes relevant: all outside case blocks, plus the answered case. */
export function relevantCriteria(
  sheet: RubricSheet,
  answered: (code: string) => boolean,
): { relevant: ScorableCriterion[]; unchosenCaseGroups: string[] } {
  const scorable = listScorableCriteria(sheet);
  const chosenCase = new Map<string, number>();
  for (const s of scorable)
    if (s.caseNumber !== undefined && answered(s.criterion.code) && !chosenCase.has(s.group.code))
      chosenCase.set(s.group.code, s.caseNumber);
  const caseGroups = new Set(scorable.filter((s) => s.caseNumber !== undefined).map((s) => s.group.code));
  return {
    relevant: scorable.filter(
      (s) => s.caseNumber === undefined || chosenCase.get(s.group.code) === s.caseNumber,
    ),
    unchosenCaseGroups: [...caseGroups].filter((code) => !chosenCase.has(code)),
  };
}

/**
 * Lists what is missing. Invariants: an answer with option 0 ("none applies") counts as answered
 * and needs no evidence; a chosen option > 0 on a criterion with document evidence hints needs at
 * least one linked evidence; in a "choose one of two cases" block the first answered case counts.
 */
export function checkCompleteness(sheet: RubricSheet, content: DossierContent): Completeness {
  const missing: MissingItem[] = [];
  for (const field of REQUIRED_FIELDS)
    if (field.read(content.registration).trim() === '')
      missing.push({
        kind: 'field',
        item: field.path,
        messageVi: `Thiếu: ${field.labelVi}`,
        messageEn: `Missing: ${field.labelEn}`,
      });

  const answers = content.answers;
  const { relevant, unchosenCaseGroups } = relevantCriteria(sheet, (code) => answers[code] !== undefined);
  for (const group of unchosenCaseGroups)
    missing.push({
      kind: 'case',
      item: group,
      messageVi: `${group}: chưa chọn trường hợp đánh giá`,
      messageEn: `${group}: no case chosen`,
    });
  let answeredCount = 0;
  for (const { criterion } of relevant) {
    const answer = answers[criterion.code];
    if (!answer) {
      missing.push({
        kind: 'answer',
        item: criterion.code,
        messageVi: `${criterion.code} ${criterion.titleVi}: chưa tự đánh giá`,
        messageEn: `${criterion.code}: not self-assessed`,
      });
      continue;
    }
    answeredCount += 1;
    const hints = (criterion.evidenceHintsVi ?? []).filter(needsDocuments);
    if (answer.option > 0 && hints.length > 0 && answer.evidenceIds.length === 0)
      missing.push({
        kind: 'evidence',
        item: criterion.code,
        messageVi: `${criterion.code} ${criterion.titleVi}: cần minh chứng (${hints.join('; ')})`,
        messageEn: `${criterion.code}: evidence needed (${hints.join('; ')})`,
      });
  }

  const samples = content.registration.sampleCount;
  if (sheet.requiresSamples && samples < REQUIRED_SAMPLE_COUNT)
    missing.push({
      kind: 'samples',
      item: 'registration.sampleCount',
      messageVi: `Cần ${REQUIRED_SAMPLE_COUNT} mẫu sản phẩm (đang khai ${samples})`,
      messageEn: `${REQUIRED_SAMPLE_COUNT} product samples needed (declared ${samples})`,
    });
  if (!sheet.requiresSamples && samples > 0)
    missing.push({
      kind: 'samples',
      item: 'registration.sampleCount',
      messageVi: 'Bộ sản phẩm này không nộp mẫu (hội đồng đánh giá tại chỗ); số mẫu phải là 0',
      messageEn: 'This product set takes no samples (assessed on site); sample count must be 0',
    });

  return { isComplete: missing.length === 0, missing, answeredCount, criteriaCount: relevant.length };
}
