import type { UpdateCouncilInput } from '../../../contracts/evaluation.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  deleteAssignmentsOfMembers,
  insertCouncilMember,
  listAssignmentsOfMembers,
  markCouncilMembersRemoved,
  updateCouncilIf,
  updateCouncilMember,
} from '../../../db/repositories/councils.repository';
import { DomainError } from '../../../domain/errors';
import { VOTING_MEMBER_ROLES } from '../../../domain/evaluation/evaluation.types';
import { assertValidCouncilInput } from './council-input';
import { loadCouncilMembersWithHistory, type CouncilMemberRow, type CouncilRow } from './evaluation-access';

type MemberInput = UpdateCouncilInput['members'][number];

/** Rounds whose assigned members must keep their seat: scoring is open, or may reopen for re-scoring. */
const SCORING_STATUSES = ['open', 'closed'] as const;

/** Rounds in preparation: a removed member's assignments there go with the seat. */
const PREPARATION_STATUSES = ['draft'] as const;

function isVoting(role: string): boolean {
  return (VOTING_MEMBER_ROLES as readonly string[]).includes(role);
}

function staleCouncil(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Hội đồng vừa được người khác thay đổi. Hãy tải lại và thử lại.',
    'Someone else changed this council. Reload and try again.',
    [{ field: 'version', messageVi: 'Phiên bản đã cũ', messageEn: 'Stale version' }],
  );
}

function snapshot(
  council: Pick<CouncilRow, 'name' | 'establishedBy' | 'termFrom' | 'termTo'>,
  members: readonly Pick<CouncilMemberRow, 'fullName' | 'role' | 'agency' | 'position'>[],
) {
  return {
    name: council.name,
    establishedBy: council.establishedBy,
    termFrom: council.termFrom,
    termTo: council.termTo,
    members: members.map((m) => ({
      fullName: m.fullName,
      role: m.role,
      agency: m.agency,
      position: m.position,
    })),
  };
}

/** A seat the edit takes out of scoring: removed, moved to another account, or to a non-voting role. */
function unseatedBy(
  current: readonly CouncilMemberRow[],
  kept: ReadonlyMap<string, MemberInput>,
): CouncilMemberRow[] {
  return current.filter((member) => {
    const next = kept.get(member.id);
    if (!next) return true;
    return (next.accountId ?? null) !== member.accountId || (isVoting(member.role) && !isVoting(next.role));
  });
}

/** CONFLICT listing the products when an unseated member is assigned in a round that is scoring. */
async function assertNotScoring(
  db: Database,
  councilId: string,
  unseated: readonly CouncilMemberRow[],
): Promise<void> {
  if (unseated.length === 0) return;
  const rows = await listAssignmentsOfMembers(db, {
    councilId,
    roundStatuses: SCORING_STATUSES,
    memberIds: unseated.map((m) => m.id),
  });
  if (rows.length === 0) return;
  const nameOf = new Map(unseated.map((m) => [m.id, m.fullName]));
  const assigned = rows.map((r) => ({
    memberName: nameOf.get(r.memberId) ?? '',
    productName: r.productName,
    roundName: r.roundName,
  }));
  const listVi = assigned.map((a) => `${a.memberName} — ${a.productName} (${a.roundName})`).join('; ');
  throw new DomainError(
    'CONFLICT',
    `Không thể bỏ thành viên đang được phân công chấm sản phẩm trong đợt đang chấm điểm: ${listVi}.`,
    `Members assigned to products of a round being scored cannot be removed: ${listVi}.`,
    [
      {
        field: 'members',
        messageVi: 'Thành viên đang chấm đợt chưa thông qua',
        messageEn: 'Member scoring a round not yet adopted',
      },
    ],
    { assignedProducts: assigned },
  );
}

function memberValues(m: MemberInput) {
  return {
    accountId: m.accountId ?? null,
    fullName: m.fullName,
    agency: m.agency,
    position: m.position,
    organisation: m.organisation ?? '',
    role: m.role,
  };
}

/**
 * Edits a council (tên, quyết định, nhiệm kỳ, thành viên, tổ tư vấn) under optimistic concurrency.
 * Removed members are kept (with `removedAt`) for the sheets that name them and leave the
 * assignments of rounds still in preparation; re-adding a removed account gives its seat back.
 * Throws CONFLICT (stale `version`; a removed, re-accounted or non-voting seat still scoring an
 * open or closed round, listing the products), VALIDATION_FAILED (as on creation; unknown seat).
 */
export async function updateCouncil(params: {
  db: Database;
  audit: AuditContext;
  council: CouncilRow;
  input: UpdateCouncilInput;
  now: Date;
}) {
  const { db, council, input, now } = params;
  if (council.version !== input.version) throw staleCouncil();
  assertValidCouncilInput(input);
  const history = await loadCouncilMembersWithHistory(db, council.id);
  const current = history.filter((m) => m.removedAt === null);
  input.members.forEach((m, index) => {
    if (m.id && !current.some((c) => c.id === m.id))
      throw new DomainError(
        'VALIDATION_FAILED',
        'Thành viên không thuộc hội đồng này.',
        'Not a member of this council.',
        [
          {
            field: `members.${index}.id`,
            messageVi: 'Không thuộc hội đồng',
            messageEn: 'Not in this council',
          },
        ],
      );
  });
  const kept = new Map(input.members.filter((m) => m.id).map((m) => [m.id!, m]));
  if (kept.size !== input.members.filter((m) => m.id).length)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Một thành viên chỉ có một dòng.',
      'A member is listed once.',
      [{ field: 'members', messageVi: 'Thành viên trùng', messageEn: 'Duplicate member' }],
    );
  await assertNotScoring(db, council.id, unseatedBy(current, kept));
  const removed = current.filter((m) => !kept.has(m.id));

  return db.transaction(async (tx) => {
    const row = await updateCouncilIf(tx, council.id, input.version, {
      name: input.name,
      establishedBy: input.establishedBy ?? '',
      termFrom: input.termFrom,
      termTo: input.termTo ?? null,
      updatedAt: now,
    });
    if (!row) throw staleCouncil();
    const removedIds = removed.map((m) => m.id);
    await markCouncilMembersRemoved(tx, removedIds, now);
    await deleteAssignmentsOfMembers(tx, {
      councilId: council.id,
      roundStatuses: PREPARATION_STATUSES,
      memberIds: removedIds,
    });
    const seatOf = (m: MemberInput) => ({ ...memberValues(m), seat: input.members.indexOf(m) });
    for (const [id, m] of kept) await updateCouncilMember(tx, id, seatOf(m));
    for (const m of input.members.filter((x) => !x.id)) {
      // An account that sat in the council before gets its old seat back (one seat per account).
      const earlier = m.accountId
        ? history.find((h) => h.accountId === m.accountId && (h.removedAt !== null || removed.includes(h)))
        : undefined;
      if (earlier) await updateCouncilMember(tx, earlier.id, { ...seatOf(m), removedAt: null });
      else await insertCouncilMember(tx, { ...seatOf(m), councilId: council.id, createdAt: now });
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'council.updated',
        entityType: 'council',
        entityId: council.id,
        unitId: council.unitId,
        before: snapshot(council, current),
        after: snapshot(row, input.members.map(memberValues)),
      },
      now,
    );
    return row;
  });
}
