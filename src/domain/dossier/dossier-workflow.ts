/**
 * The dossier intake workflow as a table (OpenCRVS style): which actions each status allows, and
 * the one function that moves a dossier from status to status. Pure.
 *
 * Procedure 148 amended by 1489 (from 06/07/2025):
 *   draft → submitted → (returned_by_commune → submitted)* → accepted_by_commune →
 *   commune_assessed → forwarded_to_province → returned_by_province | accepted_into_pool
 * Original 148 (historical): the same, with `forwarded_to_district` / `returned_by_district` and
 * the district accepting into its pool. A returned dossier is supplemented by the producer and
 * submitted again as a new version, which goes back to the commune.
 */
import { DomainError } from '../errors';
import type { ProcedureVersion } from '../rubric/procedure-versions';
import type { DossierStatus } from './dossier.types';

export const DOSSIER_ACTIONS = [
  'edit',
  'submit',
  'commune.return',
  'commune.accept',
  'commune.assess',
  'commune.forward',
  'district.return',
  'district.accept',
  'province.return',
  'province.accept',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** What each status allows. Checked by the compiler: every status is listed. */
export const ALLOWED_ACTIONS_BY_STATUS = {
  draft: ['edit', 'submit'],
  submitted: ['commune.return', 'commune.accept'],
  returned_by_commune: ['edit', 'submit'],
  accepted_by_commune: ['commune.assess', 'commune.return'],
  commune_assessed: ['commune.assess', 'commune.forward', 'commune.return'],
  forwarded_to_district: ['district.return', 'district.accept'],
  returned_by_district: ['edit', 'submit'],
  forwarded_to_province: ['province.return', 'province.accept'],
  returned_by_province: ['edit', 'submit'],
  accepted_into_pool: [],
} as const satisfies Record<DossierStatus, readonly DossierAction[]>;

/** The level that receives a dossier from the commune: derived from the pinned procedure. */
export type IntakeRoute = 'province' | 'district';

/**
 * The intake route of a procedure version: where its commune step forwards to.
 * @throws DomainError INVALID_TRANSITION when the procedure has no commune intake step.
 */
export function intakeRouteOf(procedure: Pick<ProcedureVersion, 'steps' | 'id'>): IntakeRoute {
  const commune = procedure.steps.find((step) => step.level === 'commune' && step.role === 'intake');
  const next = commune?.forwardsTo;
  if (next === 'province' || next === 'district') return next;
  throw new DomainError(
    'INVALID_TRANSITION',
    `Quy trình ${procedure.id} không có bước tiếp nhận cấp xã.`,
    `Procedure ${procedure.id} has no commune intake step.`,
  );
}

/** The statuses in which the producer holds the pen. */
export const PRODUCER_EDITABLE_STATUSES = [
  'draft',
  'returned_by_commune',
  'returned_by_district',
  'returned_by_province',
] as const satisfies readonly DossierStatus[];

/** Statuses visible to the receiving level (district or province) — only what was forwarded. */
export const FORWARDED_STATUSES = [
  'forwarded_to_district',
  'returned_by_district',
  'forwarded_to_province',
  'returned_by_province',
  'accepted_into_pool',
] as const satisfies readonly DossierStatus[];

export function allowedActions(status: DossierStatus): readonly DossierAction[] {
  return ALLOWED_ACTIONS_BY_STATUS[status];
}

export function isActionAllowed(status: DossierStatus, action: DossierAction): boolean {
  return (ALLOWED_ACTIONS_BY_STATUS[status] as readonly DossierAction[]).includes(action);
}

function target(status: DossierStatus, action: DossierAction, route: IntakeRoute): DossierStatus {
  switch (action) {
    case 'edit':
      return status;
    case 'submit':
      return 'submitted';
    case 'commune.return':
      return 'returned_by_commune';
    case 'commune.accept':
      return 'accepted_by_commune';
    case 'commune.assess':
      return 'commune_assessed';
    case 'commune.forward':
      return route === 'district' ? 'forwarded_to_district' : 'forwarded_to_province';
    case 'district.return':
      return 'returned_by_district';
    case 'province.return':
      return 'returned_by_province';
    case 'district.accept':
    case 'province.accept':
      return 'accepted_into_pool';
  }
}

/**
 * The status after `action`. Invariant: only actions listed for the status are accepted, so a
 * dossier on the province route never enters a district status and vice versa.
 * @throws DomainError INVALID_TRANSITION when the status does not allow the action.
 */
export function transition(status: DossierStatus, action: DossierAction, route: IntakeRoute): DossierStatus {
  if (!isActionAllowed(status, action)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Hồ sơ đang ở trạng thái "${status}" không cho phép thao tác "${action}".`,
      `A dossier in status "${status}" does not allow "${action}".`,
      undefined,
      { dossierStatus: status, action },
    );
  }
  return target(status, action, route);
}

/** The return action of a status (commune, district or province), if any: `returnDossier` uses it. */
export function returnActionFor(status: DossierStatus): DossierAction | undefined {
  return allowedActions(status).find((a) => a.endsWith('.return'));
}

/** The accept action of a status, if any: `acceptDossier` serves commune, district and province. */
export function acceptActionFor(status: DossierStatus): DossierAction | undefined {
  return allowedActions(status).find((a) => a.endsWith('.accept'));
}
