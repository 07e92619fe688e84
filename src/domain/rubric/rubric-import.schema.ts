/**
 * The JSON import format of a rubric version (docs/rubric-format.md): a province loads a future
 * decision's sheets as data. zod checks the shape; checkRubricIntegrity checks the arithmetic.
 */
import { z } from 'zod';
import { DomainError, type FieldProblem } from '../errors';
import { checkRubricIntegrity, type IntegrityReport } from './rubric-integrity';
import { SHEET_VERIFICATION_STATUSES, type RubricVersion } from './rubric.types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const points = z
  .number()
  .finite()
  .min(0)
  .max(100)
  .refine((n) => Number.isInteger(n * 100), 'at most two decimals');
const star = z.union([z.literal(3), z.literal(4), z.literal(5)]);
const text = z.string().trim().min(1);

export const RubricOptionSchema = z.strictObject({
  textVi: text,
  points,
  mandatoryForStar: star.optional(),
  isKnockOut: z.boolean().optional(),
});

const knockOut = z.strictObject({ textVi: text, textEn: text });

interface CriterionShape {
  code: string;
  letter: string | null;
  titleVi: string;
  titleEn?: string | undefined;
  noteVi?: string | undefined;
  maxPoints: number;
  options: z.infer<typeof RubricOptionSchema>[];
  subCriteria?: CriterionShape[] | undefined;
  mandatoryForStar?: 3 | 4 | 5 | undefined;
  knockOut?: { textVi: string; textEn: string } | undefined;
  assessedByCommune?:
    | 'origin-and-local-raw-material'
    | 'local-labour'
    | 'product-idea-origin'
    | 'story-local-identity'
    | undefined;
  evidenceHintsVi?: string[] | undefined;
}

export const RubricCriterionSchema: z.ZodType<CriterionShape> = z.lazy(() =>
  z.strictObject({
    code: text,
    letter: z.string().min(1).max(2).nullable(),
    titleVi: z.string(),
    titleEn: z.string().optional(),
    noteVi: z.string().optional(),
    maxPoints: points,
    options: z.array(RubricOptionSchema),
    subCriteria: z.array(RubricCriterionSchema).optional(),
    mandatoryForStar: star.optional(),
    knockOut: knockOut.optional(),
    assessedByCommune: z
      .enum(['origin-and-local-raw-material', 'local-labour', 'product-idea-origin', 'story-local-identity'])
      .optional(),
    evidenceHintsVi: z.array(text).optional(),
  }),
);

export const RubricGroupSchema = z.strictObject({
  code: text,
  number: z.number().int().positive().max(999),
  titleVi: text,
  titleEn: z.string().optional(),
  noteVi: z.string().optional(),
  maxPoints: points,
  criteria: z.array(RubricCriterionSchema),
  cases: z
    .array(
      z.strictObject({
        number: z.number().int().positive().max(999),
        code: text,
        titleVi: text,
        maxPoints: points,
        criteria: z.array(RubricCriterionSchema).min(1),
      }),
    )
    .min(2)
    .optional(),
});

export const RubricSheetSchema = z.strictObject({
  setNumber: z.number().int().positive().max(99),
  setNameVi: text,
  setNameEn: text,
  maxPoints: points,
  requiresSamples: z.boolean(),
  /** Omitted: the sheet is read as 'unverified' and its results need an acknowledgement. */
  verification: z
    .strictObject({ status: z.enum(SHEET_VERIFICATION_STATUSES), noteVi: text, noteEn: text })
    .optional(),
  parts: z.array(
    z.strictObject({
      code: z.enum(['A', 'B', 'C']),
      titleVi: text,
      titleEn: text,
      maxPoints: points,
      groups: z.array(RubricGroupSchema).min(1),
    }),
  ),
  decisions: z
    .array(
      z.strictObject({
        nodeCode: text,
        kind: z.enum(['typo', 'missing-value', 'structure', 'unverified', 'checked-no-change']),
        source: text,
        chosen: text,
        reason: text,
        /** Vietnamese texts; optional in a file (readers fall back to the English). */
        chosenVi: text.optional(),
        reasonVi: text.optional(),
        textCorrection: z.strictObject({ option: z.number().int().min(1), from: text, to: text }).optional(),
      }),
    )
    .default([]),
});

export const RubricVersionSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
  nameVi: text,
  nameEn: text,
  legalBasis: z.strictObject({ number: text, date: isoDate, titleVi: text, appendix: text }),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  status: z.enum(['draft', 'published']),
  partMaxima: z.strictObject({ A: points, B: points, C: points }),
  sheets: z.array(RubricSheetSchema).min(1),
  notesVi: z.array(z.string()).optional(),
});

export interface RubricImportResult {
  version: RubricVersion;
  reports: IntegrityReport[];
}

/**
 * Validates an imported rubric version: shape (zod), effective dates in order, unique set
 * numbers, and every sheet's integrity with the version's part maxima and a total of 100.
 * @throws DomainError RUBRIC_INVALID — `details` names each faulty field or node
 *   (`sheets.2.parts.0…` for shape, `set 7 / C.6.d` for integrity); `extra.reports` holds the
 *   integrity reports.
 */
export function parseRubricImport(json: unknown): RubricImportResult {
  const parsed = RubricVersionSchema.safeParse(json);
  if (!parsed.success) {
    const details: FieldProblem[] = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(root)',
      messageVi: `Sai định dạng: ${i.message}`,
      messageEn: i.message,
    }));
    throw new DomainError(
      'RUBRIC_INVALID',
      `Tệp bộ tiêu chí sai định dạng tại ${details[0]!.field}.`,
      `Rubric file is malformed at ${details[0]!.field}.`,
      details,
    );
  }
  const version = parsed.data as RubricVersion;
  const details: FieldProblem[] = [];
  if (version.effectiveTo !== null && version.effectiveTo < version.effectiveFrom)
    details.push({
      field: 'effectiveTo',
      messageVi: 'Ngày hết hiệu lực trước ngày có hiệu lực.',
      messageEn: 'effectiveTo is before effectiveFrom.',
    });
  const seen = new Set<number>();
  for (const s of version.sheets) {
    if (seen.has(s.setNumber))
      details.push({
        field: `set ${s.setNumber}`,
        messageVi: `Bộ sản phẩm ${s.setNumber} bị trùng.`,
        messageEn: `Product set ${s.setNumber} appears twice.`,
      });
    seen.add(s.setNumber);
  }
  const reports = version.sheets.map((s) => checkRubricIntegrity(s, { partMaxima: version.partMaxima }));
  for (const r of reports)
    for (const i of r.issues)
      details.push({
        field: `set ${r.setNumber} / ${i.nodeCode}`,
        messageVi: i.messageVi,
        messageEn: i.messageEn,
      });
  if (details.length > 0)
    throw new DomainError(
      'RUBRIC_INVALID',
      `Bộ tiêu chí không hợp lệ: ${details[0]!.field} — ${details[0]!.messageVi}`,
      `Rubric is invalid: ${details[0]!.field} — ${details[0]!.messageEn}`,
      details,
      { reports },
    );
  return { version, reports };
}
