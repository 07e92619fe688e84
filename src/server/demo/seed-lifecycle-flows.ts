/**
 * The lifecycle demo's moving parts, made through the real use cases: the earlier dossiers of two
 * products of HTX Gốm sứ Bát Tràng (so a re-evaluation starts pre-filled from them), a
 * re-evaluation in progress, an inspection with a finding to remedy, an inspection proposing
 * revocation, and a certificate revoked by an approved decision. Idempotent: each step looks for
 * what an earlier seeding left.
 */
import type { Database } from '../../db/database';
import type { AuditContext } from '../../db/repositories/audit.repository';
import { findInspectionWithNames, setInspectorAgency } from '../../db/repositories/inspections.repository';
import { listDossiersOfProducts } from '../../db/repositories/dossiers.repository';
import { listProposalsByIds } from '../../db/repositories/revocations.repository';
import { insertEvidence } from '../../db/repositories/evidence.repository';
import { insertProduct } from '../../db/repositories/products.repository';
import {
  findCertificateRevokedOn,
  findDossierVersion,
  findProductWithExactName,
  listEvidenceIdsOfProducer,
  listGrantsWithUnitPaths,
} from '../../db/seed/demo-dossier-rows';
import type { Actor, Grant } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import { checklistOn } from '../../domain/inspection/inspection-checklist';
import type { EvidenceType } from '../../domain/registry/evidence-types';
import { getRubricSheet } from '../../domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../domain/rubric/rubric-tree';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';
import { loadConfig } from '../config';
import { createBlobStore, fileStoreRoot } from '../files/blob-store';
import { acceptDossier } from '../modules/dossiers/change-dossier-intake';
import { createDossier } from '../modules/dossiers/create-dossier';
import { forwardDossier } from '../modules/dossiers/forward-dossier';
import { submitCommuneAssessment } from '../modules/dossiers/submit-commune-assessment';
import { submitDossier } from '../modules/dossiers/submit-dossier';
import { updateDossierDraft } from '../modules/dossiers/update-dossier-draft';
import { createInspection } from '../modules/inspections/create-inspection';
import { submitInspection } from '../modules/inspections/submit-inspection';
import { approveRevocationDecision } from '../modules/revocations/approve-revocation-decision';
import { draftRevocationDecision } from '../modules/revocations/draft-revocation-decision';
import { proposeRevocation } from '../modules/revocations/propose-revocation';
import { demoPdf } from './seed-registry';

/** What the earlier dossier of a demo product says, so a re-evaluation shows it carried over. */
export const DEMO_PREVIOUS_DOSSIER = {
  description: 'Gốm men lam vẽ tay trên xương gốm trắng, nung 1.250 °C (hồ sơ lần đầu).',
  packaging: 'Hộp gỗ sơn mài kèm giấy chứng nhận nguồn gốc',
  phone: '0243 874 1234',
} as const;

const REMEDY_CLIENT_ID = '3b8f0e9a-5c1d-4e7a-9b2f-6d4c8a1e0f21';
const REVOCATION_CLIENT_ID = '7c2a9d4e-1f6b-4a8c-8e3d-5b9f0a2c7e64';
/** Số quyết định thu hồi of the demo's revoked certificate. */
export const DEMO_REVOCATION_DECISION_NUMBER = '215/QĐ-UBND';

type Accounts = ReadonlyMap<string, string>;

async function actorOf(db: Database, accounts: Accounts, username: string): Promise<Actor> {
  const accountId = accounts.get(username);
  if (!accountId) throw new Error(`demo account ${username} missing`);
  const rows = await listGrantsWithUnitPaths(db, accountId);
  return {
    accountId,
    username,
    grants: rows.map((r): Grant => ({ role: r.role as Role, unitId: r.unitId, unitPath: r.unitPath })),
  };
}

function auditOf(actor: Actor): AuditContext {
  return {
    actorAccountId: actor.accountId,
    actorUsername: actor.username,
    actorRole: actor.grants[0]?.role ?? null,
    unitId: actor.grants[0]?.unitId ?? null,
    requestId: 'seed-demo',
  };
}

async function versionOf(db: Database, dossierId: string) {
  return (await findDossierVersion(db, dossierId))!;
}

/**
 * The producer's library; when empty, the three documents the dossier demo (seed-dossiers.ts)
 * would add, so whichever runs first the library reads the same.
 */
async function libraryOf(db: Database, producerId: string, now: Date): Promise<string[]> {
  const existing = await listEvidenceIdsOfProducer(db, producerId);
  if (existing.length > 0) return existing.slice(0, 3);
  const blobs = createBlobStore(fileStoreRoot(loadConfig().dataDir));
  const ids: string[] = [];
  for (const d of [
    {
      documentType: 'business_registration',
      title: 'Giấy chứng nhận đăng ký hợp tác xã',
      issuer: 'Phòng Tài chính - Kế hoạch',
    },
    {
      documentType: 'food_safety_eligibility',
      title: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      issuer: 'Chi cục Quản lý chất lượng',
    },
    {
      documentType: 'test_report',
      title: 'Phiếu kết quả thử nghiệm chỉ tiêu chất lượng',
      issuer: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    },
  ] satisfies { documentType: EvidenceType; title: string; issuer: string }[]) {
    const bytes = await demoPdf(d.title, [`Cơ quan cấp: ${d.issuer}`, 'Ngày cấp: 01/06/2024']);
    const { sha256 } = await blobs.put(bytes);
    const row = await insertEvidence(db, {
      ...d,
      producerId,
      issuedOn: '2024-06-01',
      validUntil: '2028-06-01',
      fileSha256: sha256,
      fileName: `${foldVietnamese(d.title).replace(/\s+/g, '-')}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      createdAt: now,
    });
    ids.push(row.id);
  }
  return ids;
}

function answersOf(set: number, evidenceIds: string[]) {
  const answers: Record<string, { option: number; evidenceIds: string[]; note: string }> = {};
  for (const s of listScorableCriteria(getRubricSheet('148', set))) {
    if (s.caseNumber !== undefined && s.caseNumber !== 1) continue;
    answers[s.criterion.code] = { option: 1, evidenceIds, note: '' };
  }
  return answers;
}

/**
 * Before the province's certificates are imported: the products `names` of the producer, each with
 * a first dossier taken through the commune and the province into the pool, as the evaluation that
 * led to the certificate. Skipped for a product that already has it.
 */
export async function seedPreviousDossiers(params: {
  db: Database;
  now: Date;
  accounts: Accounts;
  producerId: string;
  items: readonly { name: string; set: number }[];
}): Promise<void> {
  const { db, now, accounts } = params;
  const owner = await actorOf(db, accounts, 'chuthe1');
  const commune = await actorOf(db, accounts, 'xa1.canbo');
  const province = await actorOf(db, accounts, 'tinh.vpdp');
  const base = { db, now };
  for (const item of params.items) {
    if (await findProductWithExactName(db, params.producerId, item.name)) continue;
    const product = await insertProduct(db, {
      producerId: params.producerId,
      productSet: item.set,
      name: item.name,
      description: DEMO_PREVIOUS_DOSSIER.description,
      details: { packaging: DEMO_PREVIOUS_DOSSIER.packaging },
      searchKey: foldVietnamese(item.name),
      createdAt: now,
    });
    const dossierId = await createDossier({
      ...base,
      audit: auditOf(owner),
      actor: owner,
      input: { productId: product.id, type: 'first' },
    });
    const draft = await versionOf(db, dossierId);
    await updateDossierDraft({
      ...base,
      audit: auditOf(owner),
      actor: owner,
      dossierId,
      input: {
        version: draft.version,
        registration: {
          ...draft.registration,
          producer: { ...draft.registration.producer, phone: DEMO_PREVIOUS_DOSSIER.phone },
          sampleCount: 5,
        },
        answers: answersOf(item.set, await libraryOf(db, params.producerId, now)),
      },
    });
    const v = async () => (await versionOf(db, dossierId)).version;
    await submitDossier({
      ...base,
      audit: auditOf(owner),
      actor: owner,
      dossierId,
      input: { version: await v(), truthfulnessCommitment: true },
    });
    await acceptDossier({
      ...base,
      audit: auditOf(commune),
      actor: commune,
      dossierId,
      input: { version: await v() },
    });
    const choices: Record<string, { option: number; note: string }> = {};
    for (const s of listScorableCriteria(getRubricSheet('148', item.set)))
      if (s.criterion.assessedByCommune) choices[s.criterion.code] = { option: 1, note: 'Đã xác minh' };
    await submitCommuneAssessment({
      ...base,
      audit: auditOf(commune),
      actor: commune,
      dossierId,
      input: {
        version: await v(),
        choices,
        conclusion: 'Sản phẩm gốm truyền thống của làng nghề.',
        assessorName: 'Cán bộ nông nghiệp xã',
        assessedOn: now.toISOString().slice(0, 10),
      },
    });
    await forwardDossier({
      ...base,
      audit: auditOf(commune),
      actor: commune,
      dossierId,
      input: {
        version: await v(),
        request: {
          number: `${30 + params.items.indexOf(item)}/TTr-UBND`,
          date: now.toISOString().slice(0, 10),
          signerName: 'Trần Văn Quý',
          signerTitle: 'Chủ tịch UBND xã',
        },
      },
    });
    await acceptDossier({
      ...base,
      audit: auditOf(province),
      actor: province,
      dossierId,
      input: { version: await v(), comment: 'Hồ sơ đánh giá lần đầu.' },
    });
  }
}

/** A re-evaluation dossier of the product, started from its last dossier, filled and submitted. */
async function seedReEvaluationInProgress(db: Database, now: Date, accounts: Accounts, productId: string) {
  const own = await listDossiersOfProducts(db, [productId]);
  if (own.some((d) => d.type === 're-evaluation')) return;
  const previous = own.find((d) => d.status === 'accepted_into_pool');
  const owner = await actorOf(db, accounts, 'chuthe1');
  const base = { db, now, audit: auditOf(owner), actor: owner };
  const dossierId = await createDossier({
    ...base,
    input: { productId, type: 're-evaluation', ...(previous ? { previousDossierId: previous.id } : {}) },
  });
  const draft = await versionOf(db, dossierId);
  await updateDossierDraft({
    ...base,
    dossierId,
    input: {
      version: draft.version,
      registration: {
        ...draft.registration,
        producer: { ...draft.registration.producer, phone: DEMO_PREVIOUS_DOSSIER.phone },
        reEvaluation: {
          rawMaterials: 'Đất sét trắng Trúc Thôn, cao lanh Yên Bái; vùng nguyên liệu ổn định 3 năm.',
          market: 'Doanh thu tăng từ 1,2 lên 2,1 tỷ đồng; xuất khẩu sang Nhật Bản từ 2025.',
          qualityDeclarations: 'Công bố tiêu chuẩn cơ sở TCCS 01:2023; thử nghiệm chì, cadimi đạt.',
          changes: 'Thêm mẫu bình 30 cm; đổi hộp đựng sang hộp giấy tái chế.',
          onSiteCheck: null,
        },
      },
    },
  });
  await submitDossier({
    ...base,
    dossierId,
    input: { version: (await versionOf(db, dossierId)).version, truthfulnessCommitment: true },
  });
}

/** An inspection of the product by the province's inspector, submitted with `conclusion`. */
async function seedInspection(
  db: Database,
  now: Date,
  accounts: Accounts,
  target: { producerId: string; productId: string },
  options: { clientId: string; conclusion: 'must_remedy' | 'propose_revocation' },
) {
  const inspector = await actorOf(db, accounts, 'tinh.kiemtra');
  await setInspectorAgency(db, inspector.accountId, 'agriculture_environment', now);
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const base = { db, now, audit: auditOf(inspector), actor: inspector };
  const { id } = await createInspection({
    ...base,
    input: {
      clientId: options.clientId,
      producerId: target.producerId,
      productId: target.productId,
      kind: options.conclusion === 'must_remedy' ? 'planned' : 'surprise',
      inspectedOn: day(-5),
      team: 'Thanh tra Sở Nông nghiệp và Môi trường (demo)',
    },
  });
  const found = await findInspectionWithNames(db, id);
  if (!found || found.inspection.status !== 'draft') return;
  const failing = options.conclusion === 'must_remedy' ? 'labels_packaging' : 'food_safety_certificate';
  const checklist = Object.fromEntries(
    checklistOn(day(-5)).items.map((item) => [
      item.code,
      item.code === failing
        ? { result: 'fail' as const, note: 'Không đạt' }
        : { result: 'pass' as const, note: '' },
    ]),
  );
  await submitInspection({
    ...base,
    inspectionId: id,
    input:
      options.conclusion === 'must_remedy'
        ? {
            version: found.inspection.version,
            checklist,
            findings: [{ itemCode: failing, severity: 'minor', description: 'Nhãn phụ thiếu ngày sản xuất' }],
            conclusion: 'must_remedy',
            conclusionNote: 'Bổ sung ngày sản xuất trên nhãn phụ.',
            remedyDueOn: day(25),
          }
        : {
            version: found.inspection.version,
            checklist,
            findings: [
              {
                itemCode: failing,
                severity: 'critical',
                description: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hạn từ 8 tháng',
              },
            ],
            conclusion: 'propose_revocation',
            conclusionNote: 'Cơ sở sản xuất không còn đủ điều kiện an toàn thực phẩm.',
            revocationGroundCode: 'food_safety_violation',
            revocationGroundText: 'Giấy chứng nhận an toàn thực phẩm hết hạn, vẫn sản xuất',
          },
  });
}

/** Proposal → decision drafted by the office → approved by the leader, unless already revoked. */
async function seedRevokedCertificate(db: Database, now: Date, accounts: Accounts, certificateId: string) {
  const row = await findCertificateRevokedOn(db, certificateId);
  if (!row || row.revokedOn !== null) return;
  const office = await actorOf(db, accounts, 'tinh.vpdp');
  const leader = await actorOf(db, accounts, 'tinh.lanhdao');
  const proposal = await proposeRevocation({
    db,
    now,
    audit: auditOf(office),
    actor: office,
    input: {
      certificateId,
      groundCode: 'production_stopped',
      groundText: 'Hợp tác xã ngừng sản xuất sản phẩm từ tháng 3',
    },
  });
  const [proposed] = await listProposalsByIds(db, [proposal.proposal.id]);
  const decision = await draftRevocationDecision({
    db,
    now,
    audit: auditOf(office),
    actor: office,
    input: { proposalIds: [proposed!.proposal.id], number: DEMO_REVOCATION_DECISION_NUMBER },
  });
  await approveRevocationDecision({
    db,
    now,
    audit: auditOf(leader),
    actor: leader,
    decisionId: decision.id,
    version: decision.version,
    actorName: 'Phó Chủ tịch UBND tỉnh',
  });
}

/** After the import: the re-evaluation, the two inspections and the revoked certificate. */
export async function seedLifecycleFlows(params: {
  db: Database;
  now: Date;
  accounts: Accounts;
  byKey: ReadonlyMap<string, { id: string; productId: string; producerId: string }>;
}): Promise<void> {
  const { db, now, accounts, byKey } = params;
  const get = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`lifecycle demo certificate ${key} missing`);
    return found;
  };
  await seedReEvaluationInProgress(db, now, accounts, get('re-evaluation').productId);
  await seedInspection(db, now, accounts, get('inspection-remedy'), {
    clientId: REMEDY_CLIENT_ID,
    conclusion: 'must_remedy',
  });
  await seedInspection(db, now, accounts, get('inspection-revocation'), {
    clientId: REVOCATION_CLIENT_ID,
    conclusion: 'propose_revocation',
  });
  await seedRevokedCertificate(db, now, accounts, get('revoked').id);
}
