import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { listProducerMembers, type ProducerMemberRow } from '../../../db/repositories/producers.repository';
import {
  deleteProducerMember,
  disableAccountAndEndSessions,
  hasUnrevokedGrant,
  isMemberOfAnyProducer,
  revokeProducerGrants,
} from '../../../db/repositories/producer-members.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { getProducerForAction } from './producer-access';

function refused(vi: string, en: string, fieldVi: string, fieldEn: string): DomainError {
  return new DomainError('CONFLICT', vi, en, [
    { field: 'accountId', messageVi: fieldVi, messageEn: fieldEn },
  ]);
}

/**
 * Removes a person from the accounts acting for a producer. The producer keeps at least one active
 * account (its self-service never goes dark), and nobody removes their own account (another member
 * or an official does). An account that no longer acts for any producer loses its producer grant
 * and is disabled, its sessions ended; the membership row goes, the audit log keeps the history.
 * @throws NOT_FOUND (producer not visible, or the account is not a member), FORBIDDEN, CONFLICT
 */
export async function removeProducerMember(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  producerId: string;
  accountId: string;
  now: Date;
}): Promise<ProducerMemberRow[]> {
  const { db, now, accountId } = params;
  const { producer } = await getProducerForAction(db, params.actor, 'producer.manage', params.producerId);
  const members = await listProducerMembers(db, producer.id);
  const target = members.find((member) => member.accountId === accountId);
  if (!target) {
    throw new DomainError(
      'NOT_FOUND',
      'Tài khoản này không thuộc chủ thể.',
      'This account does not act for the producer.',
      [
        {
          field: 'accountId',
          messageVi: 'Không phải tài khoản của chủ thể',
          messageEn: 'Not a member of this producer',
        },
      ],
    );
  }
  if (accountId === params.actor.accountId) {
    throw refused(
      'Bạn không thể tự gỡ tài khoản của mình; hãy nhờ một thành viên khác hoặc cán bộ xã.',
      'You cannot remove your own account; ask another member or the commune officer.',
      'Không tự gỡ tài khoản của mình',
      'Cannot remove your own account',
    );
  }
  if (!members.some((member) => member.accountId !== accountId && member.isActive)) {
    throw refused(
      'Chủ thể phải còn ít nhất một tài khoản đang hoạt động. Hãy thêm tài khoản khác trước khi gỡ tài khoản này.',
      'The producer must keep at least one active account. Add another account before removing this one.',
      'Tài khoản hoạt động cuối cùng',
      'The last active account',
    );
  }
  await db.transaction(async (tx) => {
    await deleteProducerMember(tx, producer.id, accountId);
    if (!(await isMemberOfAnyProducer(tx, accountId))) {
      await revokeProducerGrants(tx, accountId, now, now.toISOString().slice(0, 10));
      if (!(await hasUnrevokedGrant(tx, accountId))) await disableAccountAndEndSessions(tx, accountId, now);
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'producer.member-removed',
        entityType: 'producer',
        entityId: producer.id,
        unitId: producer.communeId,
        before: { accountId, username: target.username },
      },
      now,
    );
  });
  return listProducerMembers(db, producer.id);
}
