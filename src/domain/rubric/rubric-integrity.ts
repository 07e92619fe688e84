/**
 * Mechanical integrity of a criteria sheet: the checks that a province's import and the built-in
 * catalogue must both pass before a sheet can be published.
 */
import { listAllCriteria, toHundredths } from './rubric-tree';
import type { PartCode, RubricCriterion, RubricDecision, RubricSheet } from './rubric.types';
import { PART_CODES } from './rubric.types';

export const INTEGRITY_ISSUE_CODES = [
  'PART_MISSING',
  'PART_MAX_UNEXPECTED',
  'PART_SUM_MISMATCH',
  'TOTAL_MISMATCH',
  'GROUP_SUM_MISMATCH',
  'CASE_SUM_MISMATCH',
  'CASE_MAX_UNEQUAL',
  'CRITERION_MAX_MISMATCH',
  'HEADING_SUM_MISMATCH',
  'NO_OPTIONS',
  'INVALID_VALUE',
  'DUPLICATE_CODE',
  'CODE_OUT_OF_SCHEME',
  'DECISION_UNKNOWN_NODE',
] as const;
export type IntegrityIssueCode = (typeof INTEGRITY_ISSUE_CODES)[number];

export interface IntegrityIssue {
  code: IntegrityIssueCode;
  /** The node the issue is about (`C.6.d`, `A.1`, `B`, `*`). */
  nodeCode: string;
  messageVi: string;
  messageEn: string;
}

export interface IntegrityReport {
  setNumber: number;
  isValid: boolean;
  parts: { code: PartCode; declared: number; computed: number }[];
  total: { declared: number; computed: number };
  issues: IntegrityIssue[];
  /** The documented exceptions (decisions) carried by the sheet, for the reader. */
  decisions: readonly RubricDecision[];
}

export interface IntegrityOptions {
  /** Expected part maxima (148: A 40, B 25, C 35); omitted = not checked. */
  partMaxima?: Readonly<Record<PartCode, number>>;
  /** Expected sheet total (default 100). */
  totalMax?: number;
}

const isValidPoints = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 100;

/**
 * Checks one sheet: parts present (and equal to `partMaxima` when given), criterion max = best
 * option, heading max = sum of its sub-criteria, group max = sum of criteria (+ one case's max
 * for a case block, every case equal), part max = sum of groups, total = sum of parts = `totalMax`,
 * codes unique and following the scheme, every value a finite number in [0, 100], every decision
 * naming an existing node. Never throws: the report names every failing node.
 */
export function checkRubricIntegrity(sheet: RubricSheet, options: IntegrityOptions = {}): IntegrityReport {
  const issues: IntegrityIssue[] = [];
  const add = (code: IntegrityIssueCode, nodeCode: string, messageVi: string, messageEn: string): void => {
    issues.push({ code, nodeCode, messageVi, messageEn });
  };
  const h = toHundredths;
  const seen = new Set<string>();
  const claim = (code: string): void => {
    if (seen.has(code)) add('DUPLICATE_CODE', code, `Mã ${code} bị trùng.`, `Code ${code} is used twice.`);
    seen.add(code);
  };
  const checkValue = (nodeCode: string, value: number, what: string): boolean => {
    if (isValidPoints(value)) return true;
    add(
      'INVALID_VALUE',
      nodeCode,
      `${nodeCode}: giá trị điểm không hợp lệ (${String(value)}).`,
      `${nodeCode}: invalid ${what} (${String(value)}).`,
    );
    return false;
  };

  const criterionMax = (c: RubricCriterion, parentCode: string, allowSameCode: boolean): number => {
    claimCriterion(c, parentCode, allowSameCode);
    checkValue(c.code, c.maxPoints, 'maximum');
    if (c.subCriteria && c.subCriteria.length > 0) {
      const sum = c.subCriteria.reduce((s, sub) => s + h(criterionMax(sub, c.code, false)), 0);
      if (sum !== h(c.maxPoints))
        add(
          'HEADING_SUM_MISMATCH',
          c.code,
          `${c.code}: tối đa ${c.maxPoints} khác tổng tiêu chí con ${sum / 100}.`,
          `${c.code}: maximum ${c.maxPoints} ≠ sum of sub-criteria ${sum / 100}.`,
        );
      return c.maxPoints;
    }
    if (c.options.length === 0) {
      add('NO_OPTIONS', c.code, `${c.code}: không có lựa chọn nào.`, `${c.code}: has no options.`);
      return c.maxPoints;
    }
    let best = -1;
    c.options.forEach((o, i) => {
      if (checkValue(`${c.code}#${i + 1}`, o.points, 'option points')) best = Math.max(best, h(o.points));
    });
    if (best >= 0 && best !== h(c.maxPoints))
      add(
        'CRITERION_MAX_MISMATCH',
        c.code,
        `${c.code}: tối đa ${c.maxPoints} khác lựa chọn cao nhất ${best / 100}.`,
        `${c.code}: maximum ${c.maxPoints} ≠ best option ${best / 100}.`,
      );
    return c.maxPoints;
  };
  function claimCriterion(c: RubricCriterion, parentCode: string, allowSameCode: boolean): void {
    const inScheme =
      c.code.startsWith(`${parentCode}.`) || (allowSameCode && c.code === parentCode && c.letter === null);
    if (!inScheme)
      add(
        'CODE_OUT_OF_SCHEME',
        c.code,
        `${c.code}: mã không nằm dưới ${parentCode}.`,
        `${c.code}: code is not under ${parentCode}.`,
      );
    if (!(allowSameCode && c.code === parentCode)) claim(c.code);
  }

  const parts = PART_CODES.map((code) => {
    const part = sheet.parts.find((p) => p.code === code);
    if (!part) {
      add('PART_MISSING', code, `Thiếu phần ${code}.`, `Part ${code} is missing.`);
      return { code, declared: 0, computed: 0 };
    }
    claim(part.code);
    checkValue(part.code, part.maxPoints, 'part maximum');
    const expected = options.partMaxima?.[code];
    if (expected !== undefined && h(expected) !== h(part.maxPoints))
      add(
        'PART_MAX_UNEXPECTED',
        code,
        `Phần ${code}: tối đa ${part.maxPoints}, văn bản quy định ${expected}.`,
        `Part ${code}: maximum ${part.maxPoints}, the version requires ${expected}.`,
      );
    let computed = 0;
    for (const group of part.groups) {
      if (!group.code.startsWith(`${code}.`))
        add(
          'CODE_OUT_OF_SCHEME',
          group.code,
          `${group.code}: mã nhóm không thuộc phần ${code}.`,
          `${group.code}: group code not under part ${code}.`,
        );
      claim(group.code);
      checkValue(group.code, group.maxPoints, 'group maximum');
      const single = group.criteria.length === 1 && !group.cases?.length;
      let sum = group.criteria.reduce((s, c) => s + h(criterionMax(c, group.code, single)), 0);
      if (group.cases && group.cases.length > 0) {
        const caseMaxima = group.cases.map((k) => {
          if (!k.code.startsWith(`${group.code}.case-`))
            add(
              'CODE_OUT_OF_SCHEME',
              k.code,
              `${k.code}: mã trường hợp phải là ${group.code}.case-N.`,
              `${k.code}: case code must be ${group.code}.case-N.`,
            );
          claim(k.code);
          const oneCriterion = k.criteria.length === 1;
          const s = k.criteria.reduce((acc, c) => acc + h(criterionMax(c, k.code, oneCriterion)), 0);
          if (s !== h(k.maxPoints))
            add(
              'CASE_SUM_MISMATCH',
              k.code,
              `${k.code}: tối đa ${k.maxPoints} khác tổng ${s / 100}.`,
              `${k.code}: maximum ${k.maxPoints} ≠ sum ${s / 100}.`,
            );
          return s;
        });
        if (new Set(caseMaxima).size > 1)
          add(
            'CASE_MAX_UNEQUAL',
            group.code,
            `${group.code}: các trường hợp có điểm tối đa khác nhau.`,
            `${group.code}: the cases have different maxima.`,
          );
        sum += Math.max(...caseMaxima);
      }
      if (sum !== h(group.maxPoints))
        add(
          'GROUP_SUM_MISMATCH',
          group.code,
          `${group.code}: tối đa ${group.maxPoints} khác tổng tiêu chí ${sum / 100}.`,
          `${group.code}: maximum ${group.maxPoints} ≠ sum of criteria ${sum / 100}.`,
        );
      computed += h(group.maxPoints);
    }
    if (computed !== h(part.maxPoints))
      add(
        'PART_SUM_MISMATCH',
        code,
        `Phần ${code}: tối đa ${part.maxPoints} khác tổng các nhóm ${computed / 100}.`,
        `Part ${code}: maximum ${part.maxPoints} ≠ sum of groups ${computed / 100}.`,
      );
    return { code, declared: part.maxPoints, computed: computed / 100 };
  });

  const totalComputed = parts.reduce((s, p) => s + h(p.declared), 0);
  const totalMax = options.totalMax ?? 100;
  if (totalComputed !== h(sheet.maxPoints) || h(sheet.maxPoints) !== h(totalMax))
    add(
      'TOTAL_MISMATCH',
      '*',
      `Tổng điểm ${sheet.maxPoints}, tổng các phần ${totalComputed / 100}, yêu cầu ${totalMax}.`,
      `Sheet total ${sheet.maxPoints}, parts sum ${totalComputed / 100}, required ${totalMax}.`,
    );

  const known = new Set(['*', ...seen, ...listAllCriteria(sheet).map((c) => c.code)]);
  for (const d of sheet.decisions)
    if (!known.has(d.nodeCode))
      add(
        'DECISION_UNKNOWN_NODE',
        d.nodeCode,
        `Quyết định ghi cho mã ${d.nodeCode} không tồn tại.`,
        `A decision names ${d.nodeCode}, which does not exist.`,
      );

  return {
    setNumber: sheet.setNumber,
    isValid: issues.length === 0,
    parts,
    total: { declared: sheet.maxPoints, computed: totalComputed / 100 },
    issues,
    decisions: sheet.decisions,
  };
}
