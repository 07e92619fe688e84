import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { can, scopesFor, type Actor } from '../../../domain/access/permissions';
import { canManageCandidate } from '../../../domain/candidates/candidate-access';
import { DomainError, forbidden, notFound } from '../../../domain/errors';

/**
 * Jurisdiction of 5★ candidates: each belongs to the province of its product. Reading needs
 * `promotion.read` over the province (provincial and central offices; a commune's grant lies
 * below it and sees nothing); only the province's own standing office writes.
 */
export const CANDIDATE = { vi: 'ứng viên 5 sao', en: '5★ candidate' } as const;

/** A field-named 400 answer. */
export function invalidField(field: string, messageVi: string, messageEn: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${field}.`, `Invalid input: ${field}.`, [
    { field, messageVi, messageEn },
  ]);
}

/** NOT_FOUND when the actor cannot read the candidate, FORBIDDEN when it reads but may not write. */
export function assertCandidateAccess(
  actor: Actor,
  record: { unitPath: string } | undefined,
  mode: 'read' | 'write',
): asserts record {
  if (!record || !can(actor, 'promotion.read', record)) throw notFound(CANDIDATE.vi, CANDIDATE.en);
  if (mode === 'write' && !canManageCandidate(actor, record)) throw forbidden();
}

/** The province paths a list may return, narrowed to `unitId` when given. */
export async function candidateListScope(
  db: Database,
  actor: Actor,
  unitId: string | undefined,
): Promise<{ scopePaths: string[]; withinPath?: string }> {
  const scopePaths = scopesFor(actor, 'promotion.read');
  if (!unitId) return { scopePaths };
  const unit = await findUnitById(db, unitId);
  return { scopePaths: unit ? scopePaths : [], withinPath: unit?.path };
}

export function conflict(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Ứng viên vừa được cập nhật ở nơi khác; hãy tải lại.',
    'The candidate was changed elsewhere meanwhile; reload it.',
  );
}
