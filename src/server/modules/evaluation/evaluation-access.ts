/**
 * Loading a round (or council) together with who is looking at it: the actor's seat in the
 * council, the chair and standing-office grants in the council's unit, and the visibility rules
 * of `domain/evaluation/evaluation-policy`.
 */
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import {
  findAccountDisplayName,
  listCouncilMembers,
  type CouncilMemberRow,
  type CouncilRow,
} from '../../../db/repositories/councils.repository';
import {
  findRoundWithCouncil,
  type RoundRow,
  type UnitRow,
} from '../../../db/repositories/rounds.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { isRoundChair, type RoundViewer } from '../../../domain/evaluation/evaluation-policy';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor } from '../../context';
import type { AuditContext } from '../../../db/repositories/audit.repository';

export type { CouncilMemberRow, CouncilRow, RoundRow, UnitRow };

export interface RoundContext {
  db: Database;
  actor: Actor;
  round: RoundRow;
  council: CouncilRow;
  unit: UnitRow;
  /** Everyone who sat in the council, removed members included (`removedAt` set). */
  members: CouncilMemberRow[];
  /** The actor's seat in the council (only when it also holds a council grant in the unit). */
  me: CouncilMemberRow | null;
  viewer: RoundViewer;
  isChair: boolean;
  canManage: boolean;
  canApprove: boolean;
}

export async function getUnit(db: Database, unitId: string): Promise<UnitRow> {
  const unit = await findUnitById(db, unitId);
  if (!unit) throw notFound('đơn vị hành chính', 'Administrative unit');
  return unit;
}

/** The display name of an account (for approvals, overrides and revocations). */
export async function displayNameOf(db: Database, accountId: string): Promise<string> {
  return (await findAccountDisplayName(db, accountId)) ?? accountId;
}

/** The councils' current members; with `isRemovedIncluded`, also those an edit removed (past sheets name them). */
export async function loadCouncilMembers(
  db: Database,
  councilIds: string[],
  options: { isRemovedIncluded?: boolean } = {},
): Promise<CouncilMemberRow[]> {
  return listCouncilMembers(db, councilIds, options);
}

/** Everyone who ever sat in a council, removed members included: past sheets and rounds name them. */
export async function loadCouncilMembersWithHistory(
  db: Database,
  councilId: string,
): Promise<CouncilMemberRow[]> {
  return loadCouncilMembers(db, [councilId], { isRemovedIncluded: true });
}

/**
 * The round and the viewer. Throws NOT_FOUND for an unknown round, FORBIDDEN for an actor who
 * is neither the unit's standing office, nor a leader there, nor seated in the council.
 */
export async function loadRoundContext(request: FastifyRequest, roundId: string): Promise<RoundContext> {
  const db = dbOf(request);
  const actor = requireActor(request);
  const row = await findRoundWithCouncil(db, roundId);
  if (!row) throw notFound('đợt đánh giá', 'Round');
  const members = await loadCouncilMembersWithHistory(db, row.council.id);
  const scope = { unitPath: row.unit.path };
  const seat = members.find((m) => m.accountId === actor.accountId && m.removedAt === null) ?? null;
  const isChairGranted = can(actor, 'round.chair', scope);
  const hasCouncilGrant = can(actor, 'round.score', scope) || isChairGranted;
  const me = seat && hasCouncilGrant ? seat : null;
  const canManage = can(actor, 'round.manage', scope);
  const canApprove = can(actor, 'decision.approve', scope);
  const viewer: RoundViewer = { councilRole: me?.role ?? null, isChairGranted, isStandingOffice: canManage };
  if (!canManage && !canApprove && !me) throw forbidden();
  return {
    db,
    actor,
    round: row.round,
    council: row.council,
    unit: row.unit,
    members,
    me,
    viewer,
    isChair: isRoundChair(viewer),
    canManage,
    canApprove,
  };
}

export function requireManager(ctx: RoundContext): void {
  if (!ctx.canManage) throw forbidden();
}

export function requireChair(ctx: RoundContext): void {
  if (!ctx.isChair)
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ chủ tịch hội đồng mới thực hiện được thao tác này.',
      'Only the council chair may do this.',
    );
}

/** The actor's voting seat, or FORBIDDEN. */
export function requireScoringSeat(ctx: RoundContext): CouncilMemberRow {
  if (!ctx.me || !['chair', 'vice_chair', 'member'].includes(ctx.me.role))
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không phải thành viên chấm điểm của hội đồng này.',
      'You are not a scoring member of this council.',
    );
  return ctx.me;
}

/** Audit context naming the role actually used in the round's unit. */
export function roundAudit(
  request: FastifyRequest,
  ctx: RoundContext,
  action: Parameters<typeof auditContextOf>[1],
): AuditContext {
  return auditContextOf(request, action, { unitPath: ctx.unit.path });
}
