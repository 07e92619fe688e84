import type { AddProducerMemberInput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { findAccountByLogin } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { listProducerMembers, type ProducerMemberRow } from '../../../db/repositories/producers.repository';
import {
  insertProducerAccount,
  insertProducerMember,
} from '../../../db/repositories/producer-members.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { hashPassword } from '../../security/passwords';
import { getProducerForAction } from './producer-access';

/**
 * Adds a person who acts for the producer: a new account whose home unit is the producer's
 * commune, with the producer role granted there and a membership of this producer only. Called by
 * the producer itself or an official of its unit. Throws NOT_FOUND/FORBIDDEN, CONFLICT (taken).
 */
export async function addProducerMember(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  producerId: string;
  input: AddProducerMemberInput;
  now: Date;
}): Promise<ProducerMemberRow[]> {
  const { db, input, now } = params;
  const { producer } = await getProducerForAction(db, params.actor, 'producer.manage', params.producerId);
  for (const [field, login] of [
    ['username', input.username],
    ['email', input.email],
  ] as const) {
    if (login && (await findAccountByLogin(db, login))) {
      throw new DomainError(
        'CONFLICT',
        'Tên đăng nhập hoặc e-mail đã được sử dụng.',
        `This ${field} is already taken.`,
        [{ field, messageVi: 'Đã được sử dụng', messageEn: 'Already taken' }],
      );
    }
  }
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const account = await insertProducerAccount(
      tx,
      {
        username: input.username,
        email: input.email ?? null,
        displayName: input.displayName,
        passwordHash,
        unitId: producer.communeId,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      },
      { validFrom: now.toISOString().slice(0, 10), createdAt: now },
    );
    await insertProducerMember(tx, {
      producerId: producer.id,
      accountId: account.id,
      isOwner: false,
      createdAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
        unitId: producer.communeId,
        after: { username: account.username, producerId: producer.id },
      },
      now,
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'producer.member-added',
        entityType: 'producer',
        entityId: producer.id,
        unitId: producer.communeId,
        after: { accountId: account.id },
      },
      now,
    );
  });
  return listProducerMembers(db, producer.id);
}
