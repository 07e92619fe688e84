/**
 * Public API of the evaluation domain: councils, rounds, score sheets, results, decisions and
 * certificates. See README.md in this folder for the rules and the glossary.
 */
export * from './evaluation.types';
export * from './council-composition';
export * from './meeting-date-check';
export * from './round-workflow';
export * from './conflict-hints';
export * from './product-result';
export * from './certificate-rules';
export * from './evaluation-policy';
export * from './sample-choices';
