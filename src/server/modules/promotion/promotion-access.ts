import type { Database } from '../../../db/database';
import { findUnitById, type AdminUnitRow } from '../../../db/repositories/admin-units.repository';
import { can, scopesFor, type Action, type Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden, notFound } from '../../../domain/errors';

/**
 * Jurisdiction of training courses, consultants, trade events and points of sale: each record
 * belongs to one unit; a grant sees and acts on the records of its unit and the units below it.
 */

/** A field-named 400 answer. */
export function invalidField(field: string, messageVi: string, messageEn: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${field}.`, `Invalid input: ${field}.`, [
    { field, messageVi, messageEn },
  ]);
}

/**
 * The unit a new record goes to, when the actor may do `action` there.
 * @throws VALIDATION_FAILED when no such unit exists or it is not of an accepted level;
 *   FORBIDDEN when it lies outside the actor's units.
 */
export async function unitToActIn(params: {
  db: Database;
  actor: Actor;
  action: Action;
  unitId: string;
  field: string;
  levels?: readonly AdminUnitRow['level'][];
}): Promise<AdminUnitRow> {
  const unit = await findUnitById(params.db, params.unitId);
  if (!unit || unit.validTo !== null)
    throw invalidField(
      params.field,
      'Không có đơn vị hành chính này (đang hiệu lực)',
      'No such administrative unit in force',
    );
  if (params.levels && !params.levels.includes(unit.level)) {
    throw invalidField(
      params.field,
      `Cần một đơn vị cấp ${params.levels.join(' / ')}`,
      `Must be a unit of level ${params.levels.join(' / ')}`,
    );
  }
  if (!can(params.actor, params.action, { unitPath: unit.path })) throw forbidden();
  return unit;
}

/**
 * For reads and writes on an existing record: NOT_FOUND when the actor cannot even read it
 * (outside its jurisdiction), FORBIDDEN when it reads it but may not do `action`.
 */
export function assertRecordAccess(
  actor: Actor,
  record: { unitPath: string } | undefined,
  action: Action,
  entity: { vi: string; en: string },
): asserts record {
  if (!record || !can(actor, 'promotion.read', record)) throw notFound(entity.vi, entity.en);
  if (action !== 'promotion.read' && !can(actor, action, record)) throw forbidden();
}

/**
 * The unit paths a list may return, narrowed to `unitId` when given (a unit the actor cannot see
 * yields nothing rather than an error, like any empty filter).
 */
export async function listScope(
  db: Database,
  actor: Actor,
  unitId: string | undefined,
): Promise<{ scopePaths: string[]; withinPath?: string }> {
  const scopePaths = scopesFor(actor, 'promotion.read');
  if (!unitId) return { scopePaths };
  const unit = await findUnitById(db, unitId);
  return { scopePaths: unit ? scopePaths : [], withinPath: unit?.path };
}
