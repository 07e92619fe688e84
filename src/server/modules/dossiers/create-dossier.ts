import type { CreateDossierInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { listStoredRubricVersions, toRubricVersion } from '../../../db/repositories/rubrics.repository';
import {
  findAccountDisplayName,
  findDossierVersion,
  findDossierWithNames,
  findProducer,
  findProduct,
  findUnitPath,
  insertDossier,
  insertDossierEvent,
  listDossiersOfProducts,
  listMemberProducerIds,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { carryOverContent } from '../../../domain/dossier/dossier-carry-over';
import { canDoDossierAction } from '../../../domain/dossier/dossier-policy';
import {
  emptyRegistration,
  type DossierContent,
  type DossierRegistration,
} from '../../../domain/dossier/dossier.types';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { chooseDossierRubric } from '../../../domain/dossier/dossier-rubric';
import {
  checkReEvaluationWindow,
  DEFAULT_RE_EVALUATION_WINDOW_DAYS,
  emptyReEvaluationSection,
} from '../../../domain/dossier/re-evaluation';
import { BUILT_IN_RUBRIC_VERSIONS, getRubricSheet } from '../../../domain/rubric/catalogue/rubric-catalogue';
import { findProcedureVersionInForce } from '../../../domain/rubric/procedure-versions';
import type { RubricVersion } from '../../../domain/rubric/rubric.types';
import { rubricSheetContentHash } from '../rubrics/rubric-content-hash';
import { findValidCertificates, type HeldCertificate } from './product-certificates';

/** Versions administrators published, newest publication first. */
async function listPublishedRubricVersions(db: Database): Promise<RubricVersion[]> {
  return (await listStoredRubricVersions(db))
    .filter((row) => row.status === 'published')
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))
    .map(toRubricVersion);
}

type ProducerRow = NonNullable<Awaited<ReturnType<typeof findProducer>>>;
type ProductRow = NonNullable<Awaited<ReturnType<typeof findProduct>>>;

const invalid = (field: string, vi: string, en: string) =>
  new DomainError('VALIDATION_FAILED', vi, en, [{ field, messageVi: vi, messageEn: en }]);

/** A first evaluation refused: the product already holds a valid certificate (upgrade or re-evaluate it). */
function certifiedProduct(held: HeldCertificate): DomainError {
  const until = held.validUntil.split('-').reverse().join('/');
  const vi =
    `Sản phẩm đang có giấy chứng nhận OCOP ${held.stars} sao còn hiệu lực (số ${held.number}, đến ${until}): ` +
    'không đánh giá lần đầu lại; hãy tạo hồ sơ nâng hạng hoặc đánh giá lại.';
  const en =
    `The product holds a valid ${held.stars}★ OCOP certificate (no. ${held.number}, until ${held.validUntil}): ` +
    'it is not evaluated for the first time again; open an upgrade or a re-evaluation dossier.';
  return new DomainError('CONFLICT', vi, en, [{ field: 'type', messageVi: vi, messageEn: en }]);
}

/** A re-evaluation opens for a valid certificate from the window before its end date. */
function assertReEvaluationOpen(held: HeldCertificate | undefined, today: string, windowDays: number): void {
  const window = checkReEvaluationWindow({ held, today, windowDays });
  if (window.isOpen) return;
  if (window.reason === 'no-certificate')
    throw invalid(
      'type',
      'Sản phẩm không có giấy chứng nhận OCOP còn hiệu lực để đánh giá lại; hãy tạo hồ sơ đánh giá lần đầu.',
      'The product holds no valid OCOP certificate to re-evaluate; open a first evaluation.',
    );
  const opensOn = window.opensOn ?? today;
  throw new DomainError(
    'CONFLICT',
    `Chưa đến thời hạn đánh giá lại: mở từ ngày ${opensOn.split('-').reverse().join('/')} (${windowDays} ngày trước khi giấy chứng nhận ${held?.number ?? ''} hết hạn).`,
    `Re-evaluation opens on ${opensOn} (${windowDays} days before certificate ${held?.number ?? ''} ends).`,
    [
      {
        field: 'type',
        messageVi: `Mở từ ngày ${opensOn.split('-').reverse().join('/')}`,
        messageEn: `Opens on ${opensOn}`,
      },
    ],
  );
}

/** Today's producer profile as Biểu 1 sees it (the registry stores it as JSON). */
export function profileOf(
  producer: ProducerRow,
): Pick<DossierRegistration, 'producer' | 'legalRepresentative'> {
  const rep = (producer.legalRepresentative ?? {}) as Partial<
    Record<'fullName' | 'title' | 'gender', string>
  > & { isEthnicMinority?: boolean };
  const contacts = (producer.contacts ?? {}) as { phone?: string | null; email?: string | null };
  return {
    producer: {
      name: producer.name,
      type: producer.type,
      registrationNumber: producer.registrationNumber,
      address: producer.address,
      phone: contacts.phone ?? '',
      email: contacts.email ?? '',
    },
    legalRepresentative: {
      fullName: rep.fullName ?? '',
      title: rep.title ?? '',
      gender: rep.gender ?? '',
      isEthnicMinority: rep.isEthnicMinority ?? false,
    },
  };
}

function firstContent(producer: ProducerRow, product: ProductRow): DossierContent {
  const registration = { ...emptyRegistration(), ...profileOf(producer) };
  const details = (product.details ?? {}) as { packaging?: string };
  registration.product = {
    name: product.name,
    description: product.description,
    packaging: details.packaging ?? '',
  };
  return { registration, answers: {} };
}

async function startingContent(
  db: Database,
  input: CreateDossierInput,
  producer: ProducerRow,
  product: ProductRow,
  rubric: RubricVersion,
): Promise<DossierContent> {
  if (input.type === 'first') {
    if (input.previousDossierId)
      throw invalid(
        'previousDossierId',
        'Hồ sơ đánh giá lần đầu không kế thừa hồ sơ trước.',
        'A first evaluation does not start from a previous dossier.',
      );
    return firstContent(producer, product);
  }
  if (!input.previousDossierId) {
    // A certificate imported from before the platform has no dossier here: start from the registry.
    if (input.type === 're-evaluation') return firstContent(producer, product);
    throw invalid(
      'previousDossierId',
      'Hồ sơ nâng hạng / đánh giá lại cần chọn hồ sơ trước.',
      'An upgrade or re-evaluation needs the previous dossier.',
    );
  }
  const previous = await findDossierWithNames(db, input.previousDossierId);
  if (!previous || previous.dossier.productId !== product.id)
    throw invalid(
      'previousDossierId',
      'Hồ sơ trước không thuộc sản phẩm này.',
      'The previous dossier is not of this product.',
    );
  const frozen = await findDossierVersion(db, previous.dossier.id, previous.dossier.versionNumber);
  if (!frozen || previous.dossier.status !== 'accepted_into_pool')
    throw invalid(
      'previousDossierId',
      'Hồ sơ trước chưa được tiếp nhận để đánh giá.',
      'The previous dossier has not been accepted for evaluation.',
    );
  const sheet = getRubricSheet(rubric.id, product.productSet, [rubric]);
  return carryOverContent(
    { registration: frozen.registration, answers: frozen.answers },
    sheet,
    profileOf(producer),
  ).content;
}

/**
 * Opens a dossier for a product of one of the actor's producers. Pins the rubric and procedure
 * versions in force today (never changed afterwards), with the content hash of the rubric's sheet
 * for the product set (`rubricSheetContentHash`): the rubric an administrator published when
 * one is in force for the product set, else the built-in one (see chooseDossierRubric). An upgrade or re-evaluation starts from the
 * last submitted version of the previous dossier: every answer and evidence link is carried over.
 * A product holding a valid certificate is upgraded or re-evaluated, never evaluated for the first time again.
 * @throws NOT_FOUND (product), FORBIDDEN (not the producer), CONFLICT (a dossier is open, or a first
 *   evaluation of a product holding a valid certificate), VALIDATION_FAILED
 */
export async function createDossier(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateDossierInput;
  now: Date;
  /** Days before the end date a re-evaluation opens (default {@link DEFAULT_RE_EVALUATION_WINDOW_DAYS}). */
  reEvaluationWindowDays?: number;
}) {
  const { db, actor, now } = params;
  let { input } = params;
  const product = await findProduct(db, input.productId);
  if (!product) throw notFound('sản phẩm', 'Product');
  const producer = await findProducer(db, product.producerId);
  const unitPath = producer ? await findUnitPath(db, producer.communeId) : undefined;
  if (!producer || !unitPath) throw notFound('chủ thể', 'Producer');
  const memberOf = await listMemberProducerIds(db, actor.accountId);
  if (!canDoDossierAction(actor, 'edit', { producerId: producer.id, unitPath, status: 'draft' }, memberOf))
    throw forbidden();

  const open = (await listDossiersOfProducts(db, [product.id])).find(
    (d) => d.status !== 'accepted_into_pool',
  );
  if (open)
    throw new DomainError(
      'CONFLICT',
      'Sản phẩm đang có một hồ sơ chưa hoàn tất.',
      'This product already has an open dossier.',
      undefined,
      { dossierId: open.id },
    );
  const today = now.toISOString().slice(0, 10);
  const held = (await findValidCertificates(db, [product.id], today)).get(product.id);
  if (input.type === 'first' && held) throw certifiedProduct(held);
  if (input.type === 're-evaluation') {
    assertReEvaluationOpen(held, today, params.reEvaluationWindowDays ?? DEFAULT_RE_EVALUATION_WINDOW_DAYS);
    input = { ...input, previousDossierId: input.previousDossierId ?? held?.dossierId ?? undefined };
  }
  const rubric = chooseDossierRubric({
    stored: await listPublishedRubricVersions(db),
    builtIn: BUILT_IN_RUBRIC_VERSIONS,
    today,
    productSet: product.productSet,
  });
  const procedure = findProcedureVersionInForce(today);
  if (!rubric || !procedure)
    throw invalid(
      'type',
      'Không có bộ tiêu chí / quy trình có hiệu lực hôm nay.',
      'No rubric or procedure version is in force today.',
    );
  const content = await startingContent(db, input, producer, product, rubric);
  if (input.type === 're-evaluation') content.registration.reEvaluation = emptyReEvaluationSection();
  else delete content.registration.reEvaluation;
  const actorName = (await findAccountDisplayName(db, actor.accountId)) ?? actor.username;

  const id = await db.transaction(async (tx) => {
    const row = await insertDossier(tx, {
      producerId: producer.id,
      productId: product.id,
      communeId: producer.communeId,
      type: input.type,
      previousDossierId: input.previousDossierId ?? null,
      rubricVersionId: rubric.id,
      rubricContentHash: rubricSheetContentHash(getRubricSheet(rubric.id, product.productSet, [rubric])),
      productSet: product.productSet,
      procedureVersionId: procedure.id,
      status: 'draft',
      registration: content.registration,
      answers: content.answers,
      statusChangedAt: now,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await insertDossierEvent(tx, {
      dossierId: row.id,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      actorAccountId: actor.accountId,
      actorName,
      actorRole: params.audit.actorRole,
      occurredAt: now,
      payload: { type: input.type, previousDossierId: input.previousDossierId ?? null },
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'dossier.created',
        entityType: 'dossier',
        entityId: row.id,
        unitId: row.communeId,
        after: {
          type: row.type,
          productId: row.productId,
          rubricVersionId: row.rubricVersionId,
          procedureVersionId: row.procedureVersionId,
        },
      },
      now,
    );
    return row.id;
  });
  return id;
}
