import { PDF_FONTS } from '../documents/pdf-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Database } from '../../db/database';
import { findAccountByLogin } from '../../db/repositories/accounts.repository';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { findLiveEvidenceByTitle, insertEvidence } from '../../db/repositories/evidence.repository';
import { insertProducerMemberIfAbsent } from '../../db/repositories/producer-members.repository';
import { findProducerByRegistrationNumber, insertProducer } from '../../db/repositories/producers.repository';
import { findProductByName, insertProduct } from '../../db/repositories/products.repository';
import type { EvidenceType } from '../../domain/registry/evidence-types';
import type { LegalRepresentative, ProducerType } from '../../domain/registry/producer-types';
import { loadConfig } from '../config';
import { createBlobStore, fileStoreRoot, type BlobStore } from '../files/blob-store';
import { producerSearchKey } from '../modules/producers/producer.presenter';
import { productSearchKey } from '../modules/products/product.presenter';

const FONT = PDF_FONTS.regular;

/** What the registry seed made, for the dossier seed and `seed-demo --json`. */
export interface DemoRegistryProducer {
  username: string;
  producerId: string;
  name: string;
  communeId: string;
  products: { id: string; name: string; productSet: number; gtin: string | null }[];
  evidence: { id: string; title: string; documentType: EvidenceType; productId: string | null }[];
}

interface ProducerPlan {
  username: string;
  type: ProducerType;
  name: string;
  registrationNumber: string;
  address: string;
  legalRepresentative: LegalRepresentative;
  workforce: { total: number; female: number; local: number };
  products: {
    name: string;
    productSet: number;
    gtin: string | null;
    description: string;
    packaging: string;
    area: number;
    capacity: number;
    unit: string;
  }[];
  evidence: {
    documentType: EvidenceType;
    title: string;
    issuer: string;
    issuedOn: string;
    validUntil: string | null;
    product?: string;
    format: 'pdf' | 'png';
  }[];
}

const PLANS: readonly ProducerPlan[] = [
  {
    username: 'chuthe-nhieu',
    type: 'cooperative',
    name: 'HTX Nông sản sạch',
    registrationNumber: '4601234567',
    address: 'Thôn Đông, tổ 3',
    legalRepresentative: {
      fullName: 'Nguyễn Thị Hạnh',
      title: 'Giám đốc HTX',
      gender: 'female',
      isEthnicMinority: false,
      ethnicity: null,
    },
    workforce: { total: 28, female: 17, local: 25 },
    products: [
      {
        name: 'Mứt gừng dẻo',
        productSet: 7,
        gtin: '8938505974002',
        description: 'Gừng sẻ địa phương sên đường mía, không phẩm màu.',
        packaging: 'Hộp giấy 250 g',
        area: 6.5,
        capacity: 12,
        unit: 'tấn',
      },
      {
        name: 'Chuối sấy dẻo',
        productSet: 7,
        gtin: null,
        description: 'Chuối tiêu hồng sấy lạnh.',
        packaging: 'Túi zip 200 g',
        area: 10,
        capacity: 20,
        unit: 'tấn',
      },
    ],
    evidence: [
      {
        documentType: 'business_registration',
        title: 'Giấy chứng nhận đăng ký hợp tác xã',
        issuer: 'Sở Tài chính',
        issuedOn: '2021-03-15',
        validUntil: null,
        format: 'pdf',
      },
      {
        documentType: 'food_safety_eligibility',
        title: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
        issuer: 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản',
        issuedOn: '2023-06-01',
        validUntil: '2026-06-01',
        format: 'pdf',
      },
      {
        documentType: 'photo',
        title: 'Ảnh sản phẩm Mứt gừng dẻo',
        issuer: 'HTX Nông sản sạch',
        issuedOn: '2025-09-01',
        validUntil: null,
        product: 'Mứt gừng dẻo',
        format: 'png',
      },
    ],
  },
  {
    username: 'chuthe-nhieu',
    type: 'household',
    name: 'Hộ kinh doanh Trà xanh',
    registrationNumber: '01A8012345',
    address: 'Xóm Chè, số 12',
    legalRepresentative: {
      fullName: 'Hoàng Văn Páo',
      title: 'Chủ hộ kinh doanh',
      gender: 'male',
      isEthnicMinority: true,
      ethnicity: 'Tày',
    },
    workforce: { total: 6, female: 4, local: 6 },
    products: [
      {
        name: 'Trà xanh búp',
        productSet: 11,
        gtin: null,
        description: 'Chè búp một tôm hai lá, sao thủ công.',
        packaging: 'Hộp thiếc 100 g',
        area: 3.2,
        capacity: 2,
        unit: 'tấn',
      },
      {
        name: 'Trà móc câu',
        productSet: 11,
        gtin: null,
        description: 'Chè móc câu vụ xuân.',
        packaging: 'Túi hút chân không 200 g',
        area: 1.8,
        capacity: 1,
        unit: 'tấn',
      },
    ],
    evidence: [
      {
        documentType: 'business_registration',
        title: 'Giấy chứng nhận đăng ký hộ kinh doanh',
        issuer: 'UBND xã',
        issuedOn: '2020-01-10',
        validUntil: null,
        format: 'pdf',
      },
      {
        documentType: 'test_report',
        title: 'Phiếu kết quả thử nghiệm chè xanh',
        issuer: 'Trung tâm Kiểm nghiệm',
        issuedOn: '2025-05-20',
        validUntil: '2026-05-20',
        product: 'Trà xanh búp',
        format: 'pdf',
      },
      {
        documentType: 'photo',
        title: 'Ảnh đồi chè',
        issuer: 'Hộ kinh doanh Trà xanh',
        issuedOn: '2025-04-02',
        validUntil: null,
        product: 'Trà xanh búp',
        format: 'png',
      },
    ],
  },
];

/** A one-page PDF standing in for a scanned document (deterministic: no dates in metadata). */
export async function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', margin: 40, info: { Title: title, CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(FONT).fontSize(14).text(title, { align: 'center' }).moveDown();
  doc.fontSize(10);
  for (const line of lines) doc.text(line);
  doc.moveDown().fontSize(8).text('Tài liệu mẫu của dữ liệu dùng thử — không có giá trị pháp lý.');
  doc.end();
  return done;
}

async function ensureProducer(
  db: Database,
  plan: ProducerPlan,
  communeId: string,
  accountId: string,
  now: Date,
): Promise<string> {
  const existing = await findProducerByRegistrationNumber(db, plan.registrationNumber);
  if (existing) return existing.id;
  return db.transaction(async (tx) => {
    const row = await insertProducer(tx, {
      type: plan.type,
      name: plan.name,
      registrationNumber: plan.registrationNumber,
      communeId,
      address: plan.address,
      legalRepresentative: plan.legalRepresentative,
      contacts: { phone: '0912 000 000', email: `${plan.username}@example.vn` },
      workforce: plan.workforce,
      origin: 'official',
      searchKey: producerSearchKey(plan.name, plan.registrationNumber),
      createdAt: now,
      updatedAt: now,
    });
    await insertProducerMemberIfAbsent(tx, { producerId: row.id, accountId, isOwner: true, createdAt: now });
    await appendAudit(
      tx,
      SYSTEM_AUDIT_CONTEXT,
      {
        action: 'demo.producer-created',
        entityType: 'producer',
        entityId: row.id,
        unitId: communeId,
        after: { name: plan.name },
      },
      now,
    );
    return row.id;
  });
}

async function ensureProducts(
  db: Database,
  plan: ProducerPlan,
  producerId: string,
  now: Date,
): Promise<DemoRegistryProducer['products']> {
  const result: DemoRegistryProducer['products'] = [];
  for (const p of plan.products) {
    let row = await findProductByName(db, producerId, p.name);
    if (!row) {
      row = await insertProduct(db, {
        producerId,
        productSet: p.productSet,
        name: p.name,
        description: p.description,
        gtin: p.gtin,
        details: {
          packaging: p.packaging,
          rawMaterialAreaHectares: p.area,
          annualCapacity: p.capacity,
          capacityUnit: p.unit,
        },
        searchKey: productSearchKey(p.name, p.gtin),
        createdAt: now,
        updatedAt: now,
      });
    }
    result.push({ id: row.id, name: row.name, productSet: row.productSet, gtin: row.gtin });
  }
  return result;
}

async function ensureEvidence(
  db: Database,
  blobs: BlobStore,
  plan: ProducerPlan,
  producerId: string,
  productIds: Map<string, string>,
  now: Date,
): Promise<DemoRegistryProducer['evidence']> {
  const result: DemoRegistryProducer['evidence'] = [];
  for (const e of plan.evidence) {
    const productId = e.product ? (productIds.get(e.product) ?? null) : null;
    const content =
      e.format === 'pdf'
        ? await demoPdf(e.title, [
            `Cấp cho: ${plan.name}`,
            `Số đăng ký: ${plan.registrationNumber}`,
            `Cơ quan cấp: ${e.issuer}`,
            `Ngày cấp: ${e.issuedOn}`,
          ])
        : await QRCode.toBuffer(`${plan.name} — ${e.title}`, { type: 'png', margin: 1, width: 160 });
    const stored = await blobs.put(content);
    const row =
      (await findLiveEvidenceByTitle(db, producerId, e.title)) ??
      (await insertEvidence(db, {
        producerId,
        productId,
        documentType: e.documentType,
        title: e.title,
        issuer: e.issuer,
        issuedOn: e.issuedOn,
        validUntil: e.validUntil,
        fileSha256: stored.sha256,
        fileName: `${e.title}.${e.format}`,
        mediaType: e.format === 'pdf' ? 'application/pdf' : 'image/png',
        sizeBytes: content.length,
        createdAt: now,
      }));
    result.push({
      id: row.id,
      title: row.title,
      documentType: row.documentType as EvidenceType,
      productId: row.productId,
    });
  }
  return result;
}

/**
 * Demo registry data for `ocop seed-demo`: the two producers of the demo account chuthe-nhieu
 * ("Chủ thể nhiều cơ sở", the multi-producer case) — a co-operative (products of set 7, one with a
 * GTIN) and a household business run by an ethnic-minority representative (set 11) — in its
 * account's commune, with a few evidence documents (generated PDFs and PNGs in the file store).
 * chuthe1 and chuthe2 each own one producer, made by the evaluation seed. Idempotent; returns the
 * ids for the dossier seed. Accounts that do not exist are skipped.
 */
export async function seedDemoRegistry(
  db: Database,
  now: Date,
  demo: { accounts: readonly { username: string; unit: { id: string } }[] },
  options: { filesDir?: string } = {},
): Promise<DemoRegistryProducer[]> {
  const blobs = createBlobStore(options.filesDir ?? fileStoreRoot(loadConfig().dataDir));
  const result: DemoRegistryProducer[] = [];
  for (const plan of PLANS) {
    const demoAccount = demo.accounts.find((a) => a.username === plan.username);
    const account = await findAccountByLogin(db, plan.username);
    if (!demoAccount || !account) continue;
    const producerId = await ensureProducer(db, plan, demoAccount.unit.id, account.id, now);
    const productRows = await ensureProducts(db, plan, producerId, now);
    const evidenceRows = await ensureEvidence(
      db,
      blobs,
      plan,
      producerId,
      new Map(productRows.map((p) => [p.name, p.id])),
      now,
    );
    result.push({
      username: plan.username,
      producerId,
      name: plan.name,
      communeId: demoAccount.unit.id,
      products: productRows,
      evidence: evidenceRows,
    });
  }
  return result;
}
