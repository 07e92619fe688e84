import type { RegisterProducerInput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { findAccountByLogin } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProducerByRegistrationNumber } from '../../../db/repositories/producers.repository';
import {
  hasPendingRegistrationForUsername,
  insertRegistration,
} from '../../../db/repositories/registrations.repository';
import { DomainError } from '../../../domain/errors';
import type { Mailer } from '../../mail/mailer';
import { hashPassword } from '../../security/passwords';
import { randomSecret, sha256Hex } from '../../security/tokens';
import { getCurrentCommune, registrationNumberTaken, requireRegistrationNumber } from './producer-access';

/** How long a confirmation link stays valid. */
export const REGISTRATION_TTL_HOURS = 48;

function taken(field: string, labelVi: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `${labelVi} đã được sử dụng.`,
    `This ${field.split('.').pop() ?? field} is already taken.`,
    [{ field, messageVi: `${labelVi} đã được sử dụng`, messageEn: 'Already taken' }],
  );
}

/**
 * Self-registration of a producer (public): stores the account and the profile as a pending
 * registration and e-mails a confirmation link. Nothing can sign in until the link is followed
 * ({@link confirmRegistration}). Throws VALIDATION_FAILED (commune, number format) and CONFLICT
 * (username, e-mail or registration number taken, also by another pending registration).
 */
export async function registerProducer(params: {
  db: Database;
  mailer: Mailer;
  audit: AuditContext;
  input: RegisterProducerInput;
  publicBaseUrl: string;
  now: Date;
}): Promise<{ status: 'pending_confirmation'; email: string; expiresAt: string }> {
  const { db, input, now } = params;
  const commune = await getCurrentCommune(db, input.producer.communeId, 'producer.communeId');
  const registrationNumber = requireRegistrationNumber(
    input.producer.type,
    input.producer.registrationNumber,
    'producer.registrationNumber',
  );
  if (await findAccountByLogin(db, input.account.username)) throw taken('account.username', 'Tên đăng nhập');
  if (await findAccountByLogin(db, input.account.email)) throw taken('account.email', 'E-mail');
  if (await findProducerByRegistrationNumber(db, registrationNumber))
    throw registrationNumberTaken('producer.registrationNumber');
  if (await hasPendingRegistrationForUsername(db, input.account.username, now))
    throw taken('account.username', 'Tên đăng nhập');
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + REGISTRATION_TTL_HOURS * 3_600_000);
  const passwordHash = await hashPassword(input.account.password);
  await db.transaction(async (tx) => {
    const registrationId = await insertRegistration(tx, {
      tokenHash: sha256Hex(token),
      username: input.account.username,
      email: input.account.email,
      displayName: input.account.displayName,
      passwordHash,
      communeId: commune.id,
      profile: { ...input.producer, registrationNumber },
      createdAt: now,
      expiresAt,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'producer.registration-requested',
        entityType: 'producer-registration',
        entityId: registrationId,
        unitId: commune.id,
        after: { username: input.account.username, email: input.account.email, registrationNumber },
      },
      now,
    );
  });
  const link = `${params.publicBaseUrl}/app/confirm-registration?token=${encodeURIComponent(token)}`;
  await params.mailer.sendMail({
    to: input.account.email,
    unitId: commune.id,
    subject: 'Xác nhận đăng ký chủ thể OCOP / Confirm your OCOP producer registration',
    text: [
      `Xin chào ${input.account.displayName},`,
      '',
      `Bạn (hoặc ai đó) đã đăng ký chủ thể "${input.producer.name}" trên Nền tảng OCOP với tên đăng nhập "${input.account.username}".`,
      `Để kích hoạt tài khoản, hãy mở liên kết sau trong vòng ${REGISTRATION_TTL_HOURS} giờ:`,
      link,
      '',
      'Nếu bạn không đăng ký, hãy bỏ qua thư này.',
      '',
      `Someone registered the producer "${input.producer.name}" with the username "${input.account.username}".`,
      `Open the link above within ${REGISTRATION_TTL_HOURS} hours to activate the account; ignore this mail otherwise.`,
    ].join('\n'),
  });
  return { status: 'pending_confirmation', email: input.account.email, expiresAt: expiresAt.toISOString() };
}
