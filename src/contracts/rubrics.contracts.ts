import { z } from 'zod';
import { fileResponse } from './shared.contracts';
import { DISTRICT_READINGS } from '../domain/rubric/district-wording';
import {
  RubricCriterionSchema,
  RubricSheetSchema,
  RubricVersionSchema,
} from '../domain/rubric/rubric-import.schema';

// A criterion holds sub-criteria of its own kind: named, the OpenAPI document refers to it as one
// component instead of an unresolvable generated name.
z.globalRegistry.add(RubricCriterionSchema, { id: 'RubricCriterion' });

export const RubricVersionKeyParams = z.object({ key: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/) });
export const RubricSheetParams = RubricVersionKeyParams.extend({
  set: z.coerce.number().int().min(1).max(99),
});

const IntegrityIssueView = z.object({
  code: z.string(),
  nodeCode: z.string(),
  messageVi: z.string(),
  messageEn: z.string(),
});

export const RubricIntegrityView = z.object({
  setNumber: z.number().int(),
  isValid: z.boolean(),
  total: z.object({ declared: z.number(), computed: z.number() }),
  parts: z.array(z.object({ code: z.string(), declared: z.number(), computed: z.number() })),
  issues: z.array(IntegrityIssueView),
  /** `chosenVi`/`reasonVi`: always set for the built-in catalogue, optional for an imported version. */
  decisions: z.array(
    z.object({
      nodeCode: z.string(),
      kind: z.string(),
      source: z.string(),
      chosen: z.string(),
      reason: z.string(),
      chosenVi: z.string().optional(),
      reasonVi: z.string().optional(),
    }),
  ),
});

export const RubricVersionSummaryOutput = z
  .object({
    id: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    legalBasis: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    status: z.enum(['draft', 'published']),
    /** False for a history-only version (1048): listed for its legal basis, no sheets, never scored. */
    isScorable: z.boolean(),
    historyNoteVi: z.string().nullable(),
    historyNoteEn: z.string().nullable(),
    source: z.enum(['built-in', 'imported']),
    importedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    sets: z.array(z.object({ setNumber: z.number().int(), setNameVi: z.string(), setNameEn: z.string() })),
  })
  .meta({ id: 'RubricVersionSummary' });
export type RubricVersionSummaryOutput = z.infer<typeof RubricVersionSummaryOutput>;

export const ListRubricVersionsOutput = z.object({ items: z.array(RubricVersionSummaryOutput) });

/** The product sets (bộ sản phẩm) a product may be filed under today, for pickers and filters. */
export const ListProductSetsOutput = z
  .object({
    items: z.array(z.object({ setNumber: z.number().int(), nameVi: z.string(), nameEn: z.string() })),
  })
  .meta({ id: 'ProductSets' });
export type ListProductSetsOutput = z.infer<typeof ListProductSetsOutput>;

export const RubricVersionDetailOutput = RubricVersionSummaryOutput.extend({
  integrity: z.array(RubricIntegrityView),
});
export type RubricVersionDetailOutput = z.infer<typeof RubricVersionDetailOutput>;

export const RubricSheetOutput = RubricSheetSchema;
export type RubricSheetOutput = z.infer<typeof RubricSheetOutput>;

/** A PDF answer: documented as binary application/pdf, not validated. */
export const PdfOutput = fileResponse('PDF', ['application/pdf']);

/** The documented JSON import format (docs/rubric-format.md). */
export const ImportRubricVersionInput = RubricVersionSchema;

/** The same version metadata as the JSON format, with the sheets as CSV text (docs/rubric-format.md). */
export const ImportRubricVersionCsvInput = RubricVersionSchema.omit({ sheets: true, status: true }).extend({
  csv: z.string().min(1).max(5_000_000).describe('Sheets as CSV: one row per node, header row first'),
});

export const CompareRubricsQuery = z.object({
  from: z.string().min(1).max(40),
  to: z.string().min(1).max(40),
  set: z.coerce.number().int().min(1).max(99),
});

export const CompareRubricsOutput = z.object({
  isSame: z.boolean(),
  partMaxima: z.array(
    z.object({ code: z.string(), before: z.number().nullable(), after: z.number().nullable() }),
  ),
  changes: z.array(
    z.object({
      code: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      aspects: z.array(z.string()).optional(),
      before: z
        .object({ titleVi: z.string(), maxPoints: z.number(), optionPoints: z.array(z.number()) })
        .optional(),
      after: z
        .object({ titleVi: z.string(), maxPoints: z.number(), optionPoints: z.array(z.number()) })
        .optional(),
    }),
  ),
});

/**
 * How "cấp huyện" in the criteria is read for one producer after 01/07/2025: the province
 * setting, the sentence shown next to each district-worded criterion, the producer's former
 * district(s) from the unit history, and which criteria speak of the district.
 */
export const DistrictWordingOutput = z
  .object({
    reading: z.enum(DISTRICT_READINGS),
    /** "Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm (trước 01/07/2025)". */
    textVi: z.string(),
    textEn: z.string(),
    formerDistricts: z.array(
      z.object({ id: z.string(), code: z.string(), name: z.string(), fullName: z.string() }),
    ),
    criteria: z.array(z.object({ code: z.string(), textsVi: z.array(z.string()) })),
  })
  .meta({ id: 'DistrictWording' });
export type DistrictWordingOutput = z.infer<typeof DistrictWordingOutput>;
