import type { ProducerProfileInput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { findAccountByLogin } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertProducerAccount,
  insertProducerMember,
} from '../../../db/repositories/producer-members.repository';
import {
  findProducerByRegistrationNumber,
  insertProducer,
} from '../../../db/repositories/producers.repository';
import {
  claimRegistration,
  findRegistrationByTokenHash,
  setRegistrationProducer,
} from '../../../db/repositories/registrations.repository';
import { DomainError } from '../../../domain/errors';
import { sha256Hex } from '../../security/tokens';
import { registrationNumberTaken } from './producer-access';
import { producerSearchKey, producerSnapshot } from './producer.presenter';

function invalidToken(): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    'Liên kết xác nhận không hợp lệ hoặc đã hết hạn. Hãy đăng ký lại.',
    'The confirmation link is invalid or has expired. Register again.',
    [
      {
        field: 'token',
        messageVi: 'Mã xác nhận không hợp lệ hoặc đã hết hạn',
        messageEn: 'Invalid or expired token',
      },
    ],
  );
}

/**
 * Follows a confirmation link (public): creates the account (active, home unit = the commune),
 * its producer grant at the commune, the producer (origin self_registration) and the owner
 * membership, in one transaction with their audit rows. Following the link again returns the same
 * result. Throws VALIDATION_FAILED (unknown or expired token) and CONFLICT (the username, e-mail
 * or registration number was taken meanwhile).
 */
export async function confirmRegistration(params: {
  db: Database;
  audit: AuditContext;
  token: string;
  now: Date;
}): Promise<{ producerId: string; accountId: string; username: string }> {
  const { db, now } = params;
  const registration = await findRegistrationByTokenHash(db, sha256Hex(params.token));
  if (!registration) throw invalidToken();
  if (registration.confirmedAt && registration.producerId) {
    const account = await findAccountByLogin(db, registration.username);
    return {
      producerId: registration.producerId,
      accountId: account?.id ?? '',
      username: registration.username,
    };
  }
  if (registration.expiresAt <= now) throw invalidToken();
  const profile = registration.profile as ProducerProfileInput;
  if (await findAccountByLogin(db, registration.username)) {
    throw new DomainError(
      'CONFLICT',
      'Tên đăng nhập đã được sử dụng. Hãy đăng ký lại với tên khác.',
      'The username was taken meanwhile. Register again.',
    );
  }
  if (await findProducerByRegistrationNumber(db, profile.registrationNumber))
    throw registrationNumberTaken('producer.registrationNumber');
  const today = now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    if (!(await claimRegistration(tx, registration.id, now)))
      throw new DomainError(
        'CONFLICT',
        'Đăng ký đang được xác nhận.',
        'This registration is being confirmed.',
      );
    const account = await insertProducerAccount(
      tx,
      {
        username: registration.username,
        email: registration.email,
        displayName: registration.displayName,
        passwordHash: registration.passwordHash,
        unitId: registration.communeId,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      },
      { validFrom: today, createdAt: now },
    );
    const producer = await insertProducer(tx, {
      type: profile.type,
      name: profile.name,
      registrationNumber: profile.registrationNumber,
      communeId: registration.communeId,
      address: profile.address,
      legalRepresentative: profile.legalRepresentative,
      contacts: profile.contacts ?? {},
      workforce: profile.workforce ?? {},
      origin: 'self_registration',
      searchKey: producerSearchKey(profile.name, profile.registrationNumber),
      createdAt: now,
      updatedAt: now,
    });
    await insertProducerMember(tx, {
      producerId: producer.id,
      accountId: account.id,
      isOwner: true,
      createdAt: now,
    });
    await setRegistrationProducer(tx, registration.id, producer.id);
    const audit = {
      ...params.audit,
      actorAccountId: account.id,
      actorUsername: account.username,
      actorRole: 'producer',
      unitId: registration.communeId,
    };
    await appendAudit(
      tx,
      audit,
      {
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
        after: { username: account.username, email: account.email, selfRegistered: true },
      },
      now,
    );
    await appendAudit(
      tx,
      audit,
      {
        action: 'producer.created',
        entityType: 'producer',
        entityId: producer.id,
        after: producerSnapshot(producer),
      },
      now,
    );
    await appendAudit(
      tx,
      audit,
      {
        action: 'producer.member-added',
        entityType: 'producer',
        entityId: producer.id,
        after: { accountId: account.id, isOwner: true },
      },
      now,
    );
    return { producerId: producer.id, accountId: account.id, username: account.username };
  });
}
