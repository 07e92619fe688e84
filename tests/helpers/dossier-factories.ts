import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { evidence, producerMembers, producers, products } from '../../src/db/schema';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../src/domain/rubric/rubric-tree';
import type { AppInstance } from '../../src/server/context';
import { buildAccount, nextId, type UnitRow } from './factories';
import { login, type Session } from './test-app';

export type ProducerRow = typeof producers.$inferSelect;
export type ProductRow = typeof products.$inferSelect;

/** Persists a producer in `commune` with a full legal representative and contacts. */
export async function buildProducer(
  db: Database,
  overrides: { commune: UnitRow; name?: string },
): Promise<ProducerRow> {
  const name = overrides.name ?? `HTX Thử nghiệm ${nextId()}`;
  const [row] = await db
    .insert(producers)
    .values({
      type: 'cooperative',
      name,
      registrationNumber: `46${String(nextId()).padStart(8, '0')}`,
      communeId: overrides.commune.id,
      address: `Thôn Đồng Tâm, ${overrides.commune.name}`,
      legalRepresentative: {
        fullName: 'Nguyễn Thị Hằng',
        title: 'Giám đốc',
        gender: 'female',
        isEthnicMinority: true,
      },
      contacts: { phone: '0912 345 678', email: 'htx@example.vn' },
      searchKey: name.toLowerCase(),
    })
    .returning();
  return row!;
}

export async function buildProduct(
  db: Database,
  overrides: { producer: ProducerRow; productSet?: number; name?: string },
): Promise<ProductRow> {
  const name = overrides.name ?? `Chè búp Tân Cương ${nextId()}`;
  const [row] = await db
    .insert(products)
    .values({
      producerId: overrides.producer.id,
      productSet: overrides.productSet ?? 11,
      name,
      description: 'Chè xanh sao sấy thủ công, hương cốm.',
      details: { packaging: 'Hộp giấy 200 g' },
      searchKey: name.toLowerCase(),
    })
    .returning();
  return row!;
}

/** An evidence row of the producer's library (the blob itself is not written). */
export async function buildEvidence(
  db: Database,
  overrides: {
    producer: ProducerRow;
    title?: string;
    mediaType?: string;
    sha256?: string;
    fileName?: string;
    sizeBytes?: number;
  },
) {
  const title = overrides.title ?? `Giấy chứng nhận ${nextId()}`;
  const [row] = await db
    .insert(evidence)
    .values({
      producerId: overrides.producer.id,
      documentType: 'business_registration',
      title,
      issuer: 'Sở Tài chính',
      issuedOn: '2024-03-01',
      validUntil: '2029-03-01',
      fileSha256: overrides.sha256 ?? createHash('sha256').update(title).digest('hex'),
      fileName: overrides.fileName ?? 'giay-chung-nhan.pdf',
      mediaType: overrides.mediaType ?? 'application/pdf',
      sizeBytes: overrides.sizeBytes ?? 1234,
    })
    .returning();
  return row!;
}

/** A producer account (member of `producer`, producer grant in its commune), signed in. */
export async function signInAsProducer(
  app: AppInstance,
  db: Database,
  producer: ProducerRow,
  commune: UnitRow,
): Promise<Session> {
  const account = await buildAccount(db, { unit: commune, grants: [{ role: 'producer', unit: commune }] });
  await db.insert(producerMembers).values({ producerId: producer.id, accountId: account.id, isOwner: true });
  return login(app, account.username);
}

/** Answers for every criterion (first case of case blocks), each linking `evidenceIds`. */
export function completeAnswers(
  productSet: number,
  evidenceIds: string[],
  option: (count: number) => number = () => 1,
) {
  const answers: Record<string, { option: number; evidenceIds: string[]; note: string }> = {};
  for (const s of listScorableCriteria(getRubricSheet('148', productSet))) {
    if (s.caseNumber !== undefined && s.caseNumber !== 1) continue;
    answers[s.criterion.code] = { option: option(s.criterion.options.length), evidenceIds, note: '' };
  }
  return answers;
}

/** The commune's Biểu 3 choices (option 1 everywhere) for a set. */
export function communeChoices(productSet: number) {
  const choices: Record<string, { option: number; note: string }> = {};
  for (const s of listScorableCriteria(getRubricSheet('148', productSet)))
    if (s.criterion.assessedByCommune) choices[s.criterion.code] = { option: 1, note: 'Xác minh tại chỗ' };
  return choices;
}
