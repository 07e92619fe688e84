/**
 * The rubric model: a criteria sheet (phiếu chấm điểm / bộ tiêu chí) of one product set, as a
 * tree part → criteria group → criterion (→ sub-criterion) → option. Plain data, no behaviour.
 * Code scheme and glossary: `./README.md`.
 */

/** Star levels that carry mandatory criteria (tiêu chí bắt buộc). */
export const MANDATORY_STAR_LEVELS = [3, 4, 5] as const;
export type MandatoryStarLevel = (typeof MANDATORY_STAR_LEVELS)[number];

/** The parts of every OCOP sheet since 1048 (A community strength, B marketing, C quality). */
export const PART_CODES = ['A', 'B', 'C'] as const;
export type PartCode = (typeof PART_CODES)[number];

/**
 * Biểu 3 — the four criteria the commune People's Committee assesses and reports to the council.
 */
export const COMMUNE_CRITERION_KINDS = [
  'origin-and-local-raw-material',
  'local-labour',
  'product-idea-origin',
  'story-local-identity',
] as const;
export type CommuneCriterionKind = (typeof COMMUNE_CRITERION_KINDS)[number];

/** A note that stops the evaluation ("không đánh giá các bước tiếp theo", "bị loại"). */
export interface KnockOutNote {
  textVi: string;
  textEn: string;
}

/** One tick box (□) of a criterion. Its number is its 1-based position in the sheet. */
export interface RubricOption {
  textVi: string;
  points: number;
  /** `***`/`****`/`*****`: this option is the minimum for that star level. */
  mandatoryForStar?: MandatoryStarLevel;
  /** Choosing this option is itself a knock-out (the product is not evaluated further). */
  isKnockOut?: boolean;
}

/**
 * A scorable criterion (the evaluator ticks exactly one option), or — when `subCriteria` is set —
 * a heading whose maximum is the sum of its sub-criteria, each scored on its own.
 */
export interface RubricCriterion {
  /** Stable code, e.g. `A.1.a`, `C.6.a.1`, `C.8.case-1`. */
  code: string;
  /** Letter as printed (a, b, c, d, đ, e, g…); null when the sheet prints none. */
  letter: string | null;
  titleVi: string;
  titleEn?: string;
  /** Explanatory text printed under the title (requirements, "Ghi chú", scope). */
  noteVi?: string;
  /** Maximum as printed by the sheet (checked against the best option). */
  maxPoints: number;
  options: readonly RubricOption[];
  subCriteria?: readonly RubricCriterion[];
  /** Flag on the whole criterion (e.g. "e) Sở hữu trí tuệ ****"). */
  mandatoryForStar?: MandatoryStarLevel;
  knockOut?: KnockOutNote;
  assessedByCommune?: CommuneCriterionKind;
  evidenceHintsVi?: readonly string[];
}

/** One case of a "choose one of two cases" block ("Lựa chọn một trong hai trường hợp"). */
export interface RubricCase {
  /** 1, 2 … as printed ("Trường hợp 1"). */
  number: number;
  /** Code of the case, e.g. `C.8.case-1`. */
  code: string;
  titleVi: string;
  maxPoints: number;
  criteria: readonly RubricCriterion[];
}

/** A numbered criteria group ("1. TỔ CHỨC SẢN XUẤT"). */
export interface RubricGroup {
  /** `A.1`, `C.8` — the number is the sheet's own running number. */
  code: string;
  number: number;
  titleVi: string;
  titleEn?: string;
  noteVi?: string;
  maxPoints: number;
  criteria: readonly RubricCriterion[];
  /** When set, exactly one case is scored and the group maximum counts one case only. */
  cases?: readonly RubricCase[];
}

export interface RubricPart {
  code: PartCode;
  titleVi: string;
  titleEn: string;
  maxPoints: number;
  groups: readonly RubricGroup[];
}

/** A recorded decision on a flaw or ambiguity of the source the sheet was authored from. */
export interface RubricDecision {
  /** Node code the decision is about (criterion, group, part or `*` for the whole sheet). */
  nodeCode: string;
  kind: 'typo' | 'missing-value' | 'structure' | 'unverified' | 'checked-no-change';
  /** What the source (transcription) says. */
  source: string;
  /** What this catalogue encodes. */
  chosen: string;
  reason: string;
  /**
   * `chosen` in Vietnamese (phương án đã chọn). Always present in the built-in catalogue
   * (`CatalogueRubricDecision`); an imported file may omit it, and readers then show `chosen`.
   */
  chosenVi?: string;
  /** `reason` in Vietnamese (lý do); same rule as `chosenVi`. */
  reasonVi?: string;
  /**
   * A wording fix (kind `typo`) of option `option` (1-based) of `nodeCode`: `from` as the source
   * reads, `to` as encoded here. The conformance test applies it to the source before comparing.
   */
  textCorrection?: { option: number; from: string; to: string };
}

/** A decision of the built-in catalogue: the Vietnamese texts are required. */
export type CatalogueRubricDecision = RubricDecision & { chosenVi: string; reasonVi: string };

/**
 * How far a sheet has been checked (OCOP.md §4): 'verified' against the legal text as published,
 * 'provisional' with values chosen by analogy pending that check, 'unverified' not checked. A
 * result scored on a sheet that is not verified needs the standing office's acknowledgement
 * before a certificate is issued.
 */
export const SHEET_VERIFICATION_STATUSES = ['verified', 'provisional', 'unverified'] as const;
export type SheetVerificationStatus = (typeof SHEET_VERIFICATION_STATUSES)[number];

export interface SheetVerification {
  status: SheetVerificationStatus;
  /** What was checked against what, or what is missing (Vietnamese first). */
  noteVi: string;
  noteEn: string;
}

/** The scoring sheet of one product set within one rubric version. */
export interface RubricSheet {
  /** Product set number as in the legal appendix (1…26 for 148). */
  setNumber: number;
  setNameVi: string;
  setNameEn: string;
  maxPoints: number;
  parts: readonly RubricPart[];
  /** Whether product samples are required (set 26 tourism: members inspect on site). */
  requiresSamples: boolean;
  decisions: readonly RubricDecision[];
  /** Absent on a sheet imported without it: read as 'unverified' (`sheetVerificationOf`). */
  verification?: SheetVerification;
}

/** A sheet of the built-in catalogue, whose decisions all carry their Vietnamese texts. */
export interface CatalogueRubricSheet extends RubricSheet {
  decisions: readonly CatalogueRubricDecision[];
  verification: SheetVerification;
}

/** The legal act a rubric version was authored from. */
export interface LegalBasis {
  number: string;
  date: string;
  titleVi: string;
  appendix: string;
}

/** A whole rubric version: every product set's sheet under one legal basis. */
export interface RubricVersion {
  /** Stable id, e.g. `148`. */
  id: string;
  nameVi: string;
  nameEn: string;
  legalBasis: LegalBasis;
  /** ISO dates (YYYY-MM-DD); `effectiveTo` inclusive, null = open-ended. */
  effectiveFrom: string;
  effectiveTo: string | null;
  status: 'draft' | 'published';
  /** Expected part maxima (148: A 40, B 25, C 35). */
  partMaxima: Readonly<Record<PartCode, number>>;
  sheets: readonly RubricSheet[];
  notesVi?: readonly string[];
}
