/**
 * Demo dossiers in every state of the intake workflow, made through the real use cases (so they
 * carry versions, events, Biểu 3, written requests and notifications): draft, submitted, returned
 * by the commune, accepted, assessed, forwarded to the province, returned by the province, in the
 * pool — and two historical dossiers of the original 148 procedure at the district level.
 * Idempotent: a product that already has its demo dossier is skipped.
 */
import type { Database } from '../../db/database';
import type { AuditContext } from '../../db/repositories/audit.repository';
import { insertProducerMember } from '../../db/repositories/producer-members.repository';
import { insertProducer, type ProducerRow } from '../../db/repositories/producers.repository';
import { insertProduct } from '../../db/repositories/products.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import {
  findDossierVersion,
  findProducerOfMember,
  findProductWithExactName,
  insertEvidenceRows,
  listDossiersOfProductNames,
  listEvidenceIdsOfProducer,
  listGrantsWithUnitPaths,
} from '../../db/seed/demo-dossier-rows';
import type { Actor, Grant } from '../../domain/access/permissions';
import type { Role } from '../../domain/access/roles';
import type { DossierStatus } from '../../domain/dossier/dossier.types';
import type { EvidenceType } from '../../domain/registry/evidence-types';
import { getRubricSheet } from '../../domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../domain/rubric/rubric-tree';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';
import { acceptDossier, returnDossier } from '../modules/dossiers/change-dossier-intake';
import { createDossier } from '../modules/dossiers/create-dossier';
import { forwardDossier } from '../modules/dossiers/forward-dossier';
import { submitCommuneAssessment } from '../modules/dossiers/submit-commune-assessment';
import { submitDossier } from '../modules/dossiers/submit-dossier';
import { updateDossierDraft } from '../modules/dossiers/update-dossier-draft';
import { loadConfig } from '../config';
import { createBlobStore, fileStoreRoot } from '../files/blob-store';
import { demoPdf } from './seed-registry';

export interface DemoDossier {
  id: string;
  producer: string;
  commune: string;
  status: DossierStatus;
}

type Step =
  | 'submit'
  | 'return-commune'
  | 'supplement'
  | 'accept-commune'
  | 'assess'
  | 'forward'
  | 'return-upper'
  | 'accept-upper';

interface Plan {
  product: string;
  producer: 'chuthe1' | 'chuthe2';
  set: number;
  steps: readonly Step[];
  /** Created before 06/07/2025: pinned to the original 148 procedure (district level). */
  isHistorical?: boolean;
}

const PLANS: readonly Plan[] = [
  { product: 'Chè búp Thái Nguyên hữu cơ (demo: đang soạn)', producer: 'chuthe2', set: 11, steps: [] },
  { product: 'Trà hoa sen Quảng An (demo: đã nộp)', producer: 'chuthe2', set: 11, steps: ['submit'] },
  {
    product: 'Bát gốm men lam (demo: xã trả lại)',
    producer: 'chuthe1',
    set: 21,
    steps: ['submit', 'return-commune'],
  },
  {
    product: 'Chén gốm men rạn (demo: xã tiếp nhận)',
    producer: 'chuthe1',
    set: 21,
    steps: ['submit', 'return-commune', 'supplement', 'submit', 'accept-commune'],
  },
  {
    product: 'Lọ hoa gốm vẽ tay (demo: xã đã đánh giá)',
    producer: 'chuthe1',
    set: 21,
    steps: ['submit', 'accept-commune', 'assess'],
  },
  {
    product: 'Trà xanh Yên Hòa (demo: đã gửi tỉnh)',
    producer: 'chuthe2',
    set: 11,
    steps: ['submit', 'accept-commune', 'assess', 'forward'],
  },
  {
    product: 'Trà ướp nhài (demo: tỉnh trả lại)',
    producer: 'chuthe2',
    set: 11,
    steps: ['submit', 'accept-commune', 'assess', 'forward', 'return-upper'],
  },
  {
    product: 'Đĩa gốm trang trí (demo: chờ đánh giá)',
    producer: 'chuthe1',
    set: 21,
    steps: ['submit', 'accept-commune', 'assess', 'forward', 'accept-upper'],
  },
  {
    product: 'Tượng gốm phong thủy (demo: đã gửi huyện, 2025)',
    producer: 'chuthe1',
    set: 21,
    steps: ['submit', 'accept-commune', 'assess', 'forward'],
    isHistorical: true,
  },
  {
    product: 'Trà sen khô (demo: huyện trả lại, 2025)',
    producer: 'chuthe2',
    set: 11,
    steps: ['submit', 'accept-commune', 'assess', 'forward', 'return-upper'],
    isHistorical: true,
  },
];

type Unit = AdminUnitRow;

/** An actor as the auth plugin would build it, from the account's grants. */
async function actorOf(db: Database, accountId: string, username: string): Promise<Actor> {
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

/** The producer a demo account acts for (created when no other module made one). */
async function producerOf(
  db: Database,
  accountId: string,
  commune: Unit,
  name: string,
): Promise<ProducerRow> {
  const member = await findProducerOfMember(db, accountId);
  if (member) return member;
  const row = await insertProducer(db, {
    type: 'cooperative',
    name,
    // A co-operative's 10-digit tax code (made from the account id), valid like a user's.
    registrationNumber: `01${(Number.parseInt(accountId.slice(0, 8), 16) % 100_000_000).toString().padStart(8, '0')}`,
    communeId: commune.id,
    address: `Thôn Đoài, ${commune.fullName}`,
    legalRepresentative: {
      fullName: 'Nguyễn Thị Mai',
      title: 'Giám đốc',
      gender: 'female',
      isEthnicMinority: false,
    },
    contacts: { phone: '0912 000 111' },
    searchKey: foldVietnamese(name),
  });
  await insertProducerMember(db, { producerId: row.id, accountId, isOwner: true });
  return row;
}

/** The producer's library, with three demo documents added when it is empty. */
async function evidenceOf(db: Database, producerId: string, now: Date): Promise<string[]> {
  const existing = await listEvidenceIdsOfProducer(db, producerId);
  if (existing.length > 0) return existing.slice(0, 3);
  const docs = [
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
  ] as const satisfies readonly { documentType: EvidenceType; title: string; issuer: string }[];
  // Real files in the file store, so reviewers can open them beside the forms.
  const blobs = createBlobStore(fileStoreRoot(loadConfig().dataDir));
  const files = await Promise.all(
    docs.map(async (d) => {
      const bytes = await demoPdf(d.title, [`Cơ quan cấp: ${d.issuer}`, 'Ngày cấp: 01/06/2024']);
      return { sha256: (await blobs.put(bytes)).sha256, sizeBytes: bytes.length };
    }),
  );
  return insertEvidenceRows(
    db,
    docs.map((d, i) => ({
      ...d,
      producerId,
      issuedOn: '2024-06-01',
      validUntil: '2028-06-01',
      fileSha256: files[i]!.sha256,
      fileName: `${foldVietnamese(d.title).replace(/\s+/g, '-')}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: files[i]!.sizeBytes,
      createdAt: now,
    })),
  );
}

function demoAnswers(set: number, evidenceIds: string[]) {
  const answers: Record<string, { option: number; evidenceIds: string[]; note: string }> = {};
  for (const s of listScorableCriteria(getRubricSheet('148', set))) {
    if (s.caseNumber !== undefined && s.caseNumber !== 1) continue;
    answers[s.criterion.code] = { option: Math.min(2, s.criterion.options.length), evidenceIds, note: '' };
  }
  return answers;
}

function communeChoices(set: number) {
  const choices: Record<string, { option: number; note: string }> = {};
  for (const s of listScorableCriteria(getRubricSheet('148', set)))
    if (s.criterion.assessedByCommune)
      choices[s.criterion.code] = { option: 2, note: 'Đã xác minh tại cơ sở' };
  return choices;
}

export interface SeedDossiersParams {
  /** Demo account ids by username: chuthe1, chuthe2, xa1.canbo, xa2.canbo, tinh.vpdp. */
  accountIdByUsername: ReadonlyMap<string, string>;
  communes: readonly [Unit, Unit];
}

/** Seeds the demo dossiers (see the file comment) and lists them. */
export async function seedDemoDossiers(
  db: Database,
  now: Date,
  params: SeedDossiersParams,
): Promise<DemoDossier[]> {
  const id = (username: string): string => {
    const value = params.accountIdByUsername.get(username);
    if (!value) throw new Error(`demo account ${username} missing`);
    return value;
  };
  const producersByAccount = {
    chuthe1: await producerOf(db, id('chuthe1'), params.communes[0], 'HTX Gốm sứ (demo hồ sơ)'),
    chuthe2: await producerOf(db, id('chuthe2'), params.communes[1], 'Hộ kinh doanh Trà (demo hồ sơ)'),
  };
  const officers = {
    chuthe1: await actorOf(db, id('xa1.canbo'), 'xa1.canbo'),
    chuthe2: await actorOf(db, id('xa2.canbo'), 'xa2.canbo'),
  };
  const province = await actorOf(db, id('tinh.vpdp'), 'tinh.vpdp');
  const historicalNow = new Date('2025-05-12T02:00:00Z');

  for (const plan of PLANS) {
    const producer = producersByAccount[plan.producer];
    if (await findProductWithExactName(db, producer.id, plan.product)) continue;
    const product = await insertProduct(db, {
      producerId: producer.id,
      productSet: plan.set,
      name: plan.product,
      description: 'Sản phẩm dùng thử của bản demo.',
      details: { packaging: 'Hộp giấy' },
      searchKey: foldVietnamese(plan.product),
      createdAt: now,
    });
    const owner = await actorOf(db, id(plan.producer), plan.producer);
    const officer = officers[plan.producer];
    const at = plan.isHistorical ? historicalNow : now;
    const base = { db, now: at };
    const dossierId = await createDossier({
      ...base,
      audit: auditOf(owner),
      actor: owner,
      input: { productId: product.id, type: 'first' },
    });
    const version = async () => {
      const row = (await findDossierVersion(db, dossierId))!;
      return { v: row.version, r: row.registration };
    };
    const draft = await version();
    await updateDossierDraft({
      ...base,
      audit: auditOf(owner),
      actor: owner,
      dossierId,
      input: {
        version: draft.v,
        registration: { ...draft.r, sampleCount: plan.set === 26 ? 0 : 5 },
        answers: plan.steps.length === 0 ? {} : demoAnswers(plan.set, await evidenceOf(db, producer.id, now)),
      },
    });
    for (const step of plan.steps) {
      const v = (await version()).v;
      switch (step) {
        case 'submit':
          await submitDossier({
            ...base,
            audit: auditOf(owner),
            actor: owner,
            dossierId,
            input: { version: v, truthfulnessCommitment: true },
          });
          break;
        case 'return-commune':
          await returnDossier({
            ...base,
            audit: auditOf(officer),
            actor: officer,
            dossierId,
            input: {
              version: v,
              comment: 'Đề nghị bổ sung hợp đồng mua nguyên liệu.',
              items: [{ item: 'A.1.a', comment: 'Thiếu hợp đồng/hóa đơn mua nguyên liệu' }],
            },
          });
          break;
        case 'supplement':
          await updateDossierDraft({
            ...base,
            audit: auditOf(owner),
            actor: owner,
            dossierId,
            input: {
              version: v,
              answers: {
                'A.1.a': {
                  option: 2,
                  evidenceIds: await evidenceOf(db, producer.id, now),
                  note: 'Đã bổ sung hợp đồng mua nguyên liệu',
                },
              },
            },
          });
          break;
        case 'accept-commune':
          await acceptDossier({
            ...base,
            audit: auditOf(officer),
            actor: officer,
            dossierId,
            input: { version: v },
          });
          break;
        case 'assess':
          await submitCommuneAssessment({
            ...base,
            audit: auditOf(officer),
            actor: officer,
            dossierId,
            input: {
              version: v,
              choices: communeChoices(plan.set),
              conclusion: 'Sản phẩm có nguồn gốc và bản sắc địa phương.',
              assessorName: 'Cán bộ nông nghiệp xã',
              assessedOn: at.toISOString().slice(0, 10),
            },
          });
          break;
        case 'forward':
          await forwardDossier({
            ...base,
            audit: auditOf(officer),
            actor: officer,
            dossierId,
            input: {
              version: v,
              request: {
                number: `${10 + PLANS.indexOf(plan)}/TTr-UBND`,
                date: at.toISOString().slice(0, 10),
                signerName: 'Trần Văn Quý',
                signerTitle: 'Chủ tịch UBND xã',
              },
            },
          });
          break;
        case 'return-upper':
          await returnDossier({
            ...base,
            audit: auditOf(province),
            actor: province,
            dossierId,
            input: {
              version: v,
              comment: 'Phiếu thử nghiệm đã quá 12 tháng; đề nghị bổ sung phiếu mới.',
              items: [],
            },
          });
          break;
        case 'accept-upper':
          await acceptDossier({
            ...base,
            audit: auditOf(province),
            actor: province,
            dossierId,
            input: { version: v, comment: 'Đưa vào đợt đánh giá tiếp theo.' },
          });
          break;
      }
    }
  }

  const names = PLANS.map((p) => p.product);
  const rows = await listDossiersOfProductNames(db, names);
  rows.sort((a, b) => names.indexOf(a.product) - names.indexOf(b.product));
  return rows.map((r) => ({
    id: r.id,
    producer: r.producer,
    commune: r.commune,
    status: r.status as DossierStatus,
  }));
}
