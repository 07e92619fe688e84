/**
 * Upgrade (nâng hạng) and re-evaluation (đánh giá lại) start from the previous dossier: every
 * Biểu 1 field, answer, evidence link and note is carried over, so the producer only changes what
 * changed and never uploads the same document twice. Pure.
 */
import { listScorableCriteria } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import type { DossierAnswers, DossierContent, DossierRegistration } from './dossier.types';

export interface CarriedOver {
  content: DossierContent;
  /** Answers whose criterion no longer exists in the new dossier's sheet (another rubric version). */
  droppedCodes: string[];
}

/**
 * The starting content of a follow-up dossier. `freshProfile` replaces the producer and legal
 * representative snapshot with today's profile (a real change shows in the diff); answers are
 * deep-copied, keeping only codes that exist in `sheet`.
 */
export function carryOverContent(
  previous: DossierContent,
  sheet: RubricSheet,
  freshProfile?: Pick<DossierRegistration, 'producer' | 'legalRepresentative'>,
): CarriedOver {
  const codes = new Set(listScorableCriteria(sheet).map((s) => s.criterion.code));
  const answers: DossierAnswers = {};
  const droppedCodes: string[] = [];
  for (const [code, answer] of Object.entries(previous.answers)) {
    if (!codes.has(code)) {
      droppedCodes.push(code);
      continue;
    }
    answers[code] = { option: answer.option, evidenceIds: [...answer.evidenceIds], note: answer.note };
  }
  const registration: DossierRegistration = structuredClone(previous.registration);
  if (freshProfile) {
    registration.producer = { ...freshProfile.producer };
    registration.legalRepresentative = { ...freshProfile.legalRepresentative };
  }
  return { content: { registration, answers }, droppedCodes };
}
