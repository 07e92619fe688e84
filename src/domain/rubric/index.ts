/**
 * Public API of the rubric domain (criteria sheets, scoring, stars, procedure routing).
 * See README.md in this folder for the code scheme and the glossary.
 */
export * from './rubric.types';
export { listScorableCriteria, listAllCriteria, type ScorableCriterion } from './rubric-tree';
export {
  checkRubricIntegrity,
  INTEGRITY_ISSUE_CODES,
  type IntegrityIssue,
  type IntegrityReport,
  type IntegrityOptions,
} from './rubric-integrity';
export {
  parseRubricImport,
  RubricVersionSchema,
  RubricSheetSchema,
  type RubricImportResult,
} from './rubric-import.schema';
export { compareRubrics, type RubricComparison, type CriterionChange } from './rubric-compare';
export { decisionTexts, type DecisionLanguage, type LocalizedText } from './rubric-decision';
export {
  scoreSheet,
  type Choices,
  type ScoreSheetInput,
  type ScoredSheet,
  type KnockOutFinding,
} from './score-sheet';
export {
  aggregateRound,
  checkDispersion,
  checkQuorum,
  type MemberTotal,
  type RoundAggregate,
  type DispersionResult,
  type QuorumResult,
} from './round-aggregate';
export {
  awardStars,
  findKnockOutNote,
  isRequirementMet,
  knockOutReason,
  listMandatoryRequirements,
  type ConfirmedKnockOut,
  type StarAward,
  type MandatoryRequirement,
  type MemberChoices,
  type AwardStarsInput,
} from './star-award';
export {
  STAR_BANDS_148,
  BUILT_IN_STAR_BAND_SETS,
  bandForPoints,
  findStarBandsInForce,
  type StarBand,
  type StarBandSet,
  type StarCount,
} from './star-bands';
export * from './council-settings';
export * from './procedure-versions';
export { routeResult, type RouteDecision } from './route-result';
export {
  BUILT_IN_RUBRIC_VERSIONS,
  listRubricVersions,
  findRubricVersion,
  getRubricSheet,
  findRubricVersionInForce,
  type RubricVersionSummary,
} from './catalogue/rubric-catalogue';
export {
  TAXONOMY_148,
  MANAGING_AGENCIES,
  findSetPlacement148,
  isExpiryDateRequired,
  type ManagingAgency,
  type ProductGroup,
  type ProductSubGroup,
} from './catalogue/148/taxonomy-148';
export { sheetVerificationOf, needsSheetAcknowledgement, sheetWarningOf } from './sheet-verification';
export { optionFlagLabel, criterionFlagLabel, type FlagLabel } from './flag-labels';
export { productCasesFromDossier } from './product-cases';
export { legalBasisOnDate, type LegalBasisOnDate } from './legal-basis';
