/**
 * The CSV form of criteria sheets, for provinces that keep them in a spreadsheet. One row per
 * node, in the order the decision prints them; the parent of each row is found from its code.
 *
 * Columns: set, kind, code, title_vi, title_en, points, mandatory_for_star, assessed_by_commune,
 * knock_out_vi, knock_out_en, evidence_hints (hints separated by " | "), note_vi.
 * Kinds: `sheet` (set name in title_vi/title_en; points = "no-samples" when no sample is needed),
 * `part` (code A/B/C), `group` (code A.1), `case` (code C.8.case-1), `criterion` (A.1.a, a
 * sub-criterion A.1.a.1, a case criterion C.8.case-1.a), `option` (under the last criterion;
 * `knock_out_vi` = "x" marks a knock-out option). Metadata (id, legal basis, dates, decisions and
 * the verification status — a sheet built from CSV alone reads as unverified) travels beside the CSV, and the result goes through parseRubricImport like any JSON file.
 */
import { DomainError, type FieldProblem } from '../errors';
import type { CommuneCriterionKind, MandatoryStarLevel, PartCode, RubricSheet } from './rubric.types';

export const RUBRIC_CSV_COLUMNS = [
  'set',
  'kind',
  'code',
  'title_vi',
  'title_en',
  'points',
  'mandatory_for_star',
  'assessed_by_commune',
  'knock_out_vi',
  'knock_out_en',
  'evidence_hints',
  'note_vi',
] as const;

type Column = (typeof RUBRIC_CSV_COLUMNS)[number];
export type RubricCsvRow = Record<Column, string>;

interface Draft {
  code: string;
  letter: string | null;
  titleVi: string;
  titleEn?: string;
  noteVi?: string;
  maxPoints: number;
  options: { textVi: string; points: number; mandatoryForStar?: MandatoryStarLevel; isKnockOut?: boolean }[];
  subCriteria?: Draft[];
  mandatoryForStar?: MandatoryStarLevel;
  assessedByCommune?: CommuneCriterionKind;
  knockOut?: { textVi: string; textEn: string };
  evidenceHintsVi?: string[];
}
interface CaseDraft {
  number: number;
  code: string;
  titleVi: string;
  maxPoints: number;
  criteria: Draft[];
}
interface GroupDraft {
  code: string;
  number: number;
  titleVi: string;
  titleEn?: string;
  noteVi?: string;
  maxPoints: number;
  criteria: Draft[];
  cases?: CaseDraft[];
}
interface PartDraft {
  code: PartCode;
  titleVi: string;
  titleEn: string;
  maxPoints: number;
  groups: GroupDraft[];
}
interface SheetDraft {
  setNumber: number;
  setNameVi: string;
  setNameEn: string;
  maxPoints: number;
  parts: PartDraft[];
  requiresSamples: boolean;
  decisions: [];
}

function optional<T>(value: string, map: (v: string) => T): T | undefined {
  return value.trim() === '' ? undefined : map(value.trim());
}

/**
 * Builds sheets from CSV rows (already split into columns).
 * @throws DomainError RUBRIC_INVALID naming each faulty line (`line 12`), nothing built.
 */
export function rubricSheetsFromCsv(rows: readonly RubricCsvRow[]): RubricSheet[] {
  const problems: FieldProblem[] = [];
  const sheets: SheetDraft[] = [];
  let sheet: SheetDraft | undefined;
  let part: PartDraft | undefined;
  let group: GroupDraft | undefined;
  let currentCase: CaseDraft | undefined;
  let criterion: Draft | undefined;
  const fail = (line: number, vi: string, en: string) =>
    problems.push({ field: `line ${line}`, messageVi: vi, messageEn: en });

  rows.forEach((row, index) => {
    const line = index + 2; // line 1 is the header
    const points = Number(row.points);
    const star = optional(row.mandatory_for_star, (v) => Number(v) as MandatoryStarLevel);
    if (star !== undefined && ![3, 4, 5].includes(star))
      return fail(line, 'Sao bắt buộc phải là 3, 4 hoặc 5.', 'mandatory_for_star must be 3, 4 or 5.');
    const needsPoints = row.kind !== 'sheet';
    if (needsPoints && (row.points.trim() === '' || !Number.isFinite(points)))
      return fail(line, `Điểm không đọc được: "${row.points}".`, `Unreadable points: "${row.points}".`);
    switch (row.kind) {
      case 'sheet':
        sheet = {
          setNumber: Number(row.set),
          setNameVi: row.title_vi,
          setNameEn: row.title_en,
          maxPoints: 100,
          parts: [],
          requiresSamples: row.points.trim() !== 'no-samples',
          decisions: [],
        };
        sheets.push(sheet);
        part = group = currentCase = criterion = undefined;
        return;
      case 'part':
        if (!sheet) return fail(line, 'Phần nằm ngoài bộ sản phẩm.', 'Part outside a sheet.');
        part = {
          code: row.code as PartCode,
          titleVi: row.title_vi,
          titleEn: row.title_en,
          maxPoints: points,
          groups: [],
        };
        sheet.parts.push(part);
        group = currentCase = criterion = undefined;
        return;
      case 'group':
        if (!part) return fail(line, 'Nhóm tiêu chí nằm ngoài phần.', 'Group outside a part.');
        group = {
          code: row.code,
          number: Number(row.code.split('.')[1]),
          titleVi: row.title_vi,
          ...(row.title_en ? { titleEn: row.title_en } : {}),
          ...(row.note_vi ? { noteVi: row.note_vi } : {}),
          maxPoints: points,
          criteria: [],
        };
        part.groups.push(group);
        currentCase = criterion = undefined;
        return;
      case 'case':
        if (!group) return fail(line, 'Trường hợp nằm ngoài nhóm.', 'Case outside a group.');
        currentCase = {
          number: Number(row.code.split('case-')[1]),
          code: row.code,
          titleVi: row.title_vi,
          maxPoints: points,
          criteria: [],
        };
        (group.cases ??= []).push(currentCase);
        criterion = undefined;
        return;
      case 'criterion': {
        if (!group) return fail(line, 'Tiêu chí nằm ngoài nhóm.', 'Criterion outside a group.');
        const last = row.code.split('.').at(-1) ?? '';
        const draft: Draft = {
          code: row.code,
          letter: /^[a-zđ]+$/.test(last) ? last : null,
          titleVi: row.title_vi,
          ...(row.title_en ? { titleEn: row.title_en } : {}),
          ...(row.note_vi ? { noteVi: row.note_vi } : {}),
          maxPoints: points,
          options: [],
          ...(star ? { mandatoryForStar: star } : {}),
          ...(row.assessed_by_commune
            ? { assessedByCommune: row.assessed_by_commune as CommuneCriterionKind }
            : {}),
          ...(row.knock_out_vi ? { knockOut: { textVi: row.knock_out_vi, textEn: row.knock_out_en } } : {}),
          ...(row.evidence_hints ? { evidenceHintsVi: row.evidence_hints.split(' | ') } : {}),
        };
        const parent = [...(currentCase?.criteria ?? []), ...group.criteria].find((c) =>
          row.code.startsWith(`${c.code}.`),
        );
        if (parent) (parent.subCriteria ??= []).push(draft);
        else if (currentCase && row.code.startsWith(currentCase.code)) currentCase.criteria.push(draft);
        else group.criteria.push(draft);
        criterion = draft;
        return;
      }
      case 'option':
        if (!criterion) return fail(line, 'Phương án nằm ngoài tiêu chí.', 'Option outside a criterion.');
        criterion.options.push({
          textVi: row.title_vi,
          points,
          ...(star ? { mandatoryForStar: star } : {}),
          ...(row.knock_out_vi === 'x' ? { isKnockOut: true } : {}),
        });
        return;
      default:
        fail(line, `Loại dòng không hợp lệ: "${row.kind}".`, `Unknown kind: "${row.kind}".`);
    }
  });
  if (problems.length > 0) {
    throw new DomainError(
      'RUBRIC_INVALID',
      `Tệp CSV bộ tiêu chí có lỗi tại ${problems[0]!.field}.`,
      `The rubric CSV has problems, first at ${problems[0]!.field}.`,
      problems,
    );
  }
  return sheets;
}

const EMPTY_ROW: RubricCsvRow = Object.fromEntries(RUBRIC_CSV_COLUMNS.map((c) => [c, ''])) as RubricCsvRow;

/** The CSV rows of a sheet (the inverse of {@link rubricSheetsFromCsv}), for exporting to a spreadsheet. */
export function rubricSheetToCsvRows(sheet: RubricSheet): RubricCsvRow[] {
  const set = String(sheet.setNumber);
  const rows: RubricCsvRow[] = [
    {
      ...EMPTY_ROW,
      set,
      kind: 'sheet',
      title_vi: sheet.setNameVi,
      title_en: sheet.setNameEn,
      points: sheet.requiresSamples ? '' : 'no-samples',
    },
  ];
  const criterionRows = (c: RubricSheet['parts'][number]['groups'][number]['criteria'][number]): void => {
    rows.push({
      ...EMPTY_ROW,
      set,
      kind: 'criterion',
      code: c.code,
      title_vi: c.titleVi,
      title_en: c.titleEn ?? '',
      points: String(c.maxPoints),
      mandatory_for_star: c.mandatoryForStar ? String(c.mandatoryForStar) : '',
      assessed_by_commune: c.assessedByCommune ?? '',
      knock_out_vi: c.knockOut?.textVi ?? '',
      knock_out_en: c.knockOut?.textEn ?? '',
      evidence_hints: (c.evidenceHintsVi ?? []).join(' | '),
      note_vi: c.noteVi ?? '',
    });
    for (const o of c.options) {
      rows.push({
        ...EMPTY_ROW,
        set,
        kind: 'option',
        title_vi: o.textVi,
        points: String(o.points),
        mandatory_for_star: o.mandatoryForStar ? String(o.mandatoryForStar) : '',
        knock_out_vi: o.isKnockOut ? 'x' : '',
      });
    }
    for (const sub of c.subCriteria ?? []) criterionRows(sub);
  };
  for (const part of sheet.parts) {
    rows.push({
      ...EMPTY_ROW,
      set,
      kind: 'part',
      code: part.code,
      title_vi: part.titleVi,
      title_en: part.titleEn,
      points: String(part.maxPoints),
    });
    for (const group of part.groups) {
      rows.push({
        ...EMPTY_ROW,
        set,
        kind: 'group',
        code: group.code,
        title_vi: group.titleVi,
        title_en: group.titleEn ?? '',
        note_vi: group.noteVi ?? '',
        points: String(group.maxPoints),
      });
      group.criteria.forEach(criterionRows);
      for (const c of group.cases ?? []) {
        rows.push({
          ...EMPTY_ROW,
          set,
          kind: 'case',
          code: c.code,
          title_vi: c.titleVi,
          points: String(c.maxPoints),
        });
        c.criteria.forEach(criterionRows);
      }
    }
  }
  return rows;
}
