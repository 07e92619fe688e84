/**
 * Demo data of the evaluation module (Hà Nội): a council of nine, a completed round with adopted
 * results, an approved decision and its certificates, an old (2022) certificate now expired, and
 * a round in progress where one member has already scored. The adopted rounds carry their recorded
 * attendance (8 of 9 voting members, the chair chairing), so their results rest on a quorum. Idempotent: skipped when the demo
 * council exists; the certificate summary is returned either way.
 */
import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { insertProducerMemberIfAbsent } from '../../db/repositories/producer-members.repository';
import { findProducerByRegistrationNumber, insertProducer } from '../../db/repositories/producers.repository';
import { insertProduct } from '../../db/repositories/products.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import {
  findCouncilByName,
  insertDemoAttendance,
  insertDemoCouncil,
  insertDemoCouncilMembers,
  insertDemoDecision,
  insertDemoDecisionItem,
  insertDemoDossier,
  insertDemoMemberAssignments,
  insertDemoRound,
  insertDemoRoundProduct,
  insertDemoRoundResult,
  insertDemoScoreSheet,
  listCertificatesIssuedBy,
  type DemoCouncilMemberRow,
  type DemoDossierRow,
} from '../../db/seed/demo-evaluation-rows';
import { emptyRegistration } from '../../domain/dossier/dossier.types';
import { deriveCertificateStatus } from '../../domain/evaluation/certificate-rules';
import type { MeetingQuorumInput } from '../../domain/evaluation/meeting-quorum';
import { evaluateProduct } from '../../domain/evaluation/product-result';
import { sampleChoicesForTotal } from '../../domain/evaluation/sample-choices';
import { getRubricSheet } from '../../domain/rubric/catalogue/rubric-catalogue';
import { DEFAULT_COUNCIL_SETTINGS } from '../../domain/rubric/council-settings';
import { BUILT_IN_PROCEDURE_VERSIONS } from '../../domain/rubric/procedure-versions';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';
import { issuerNameOf } from '../modules/evaluation/decision-use-cases';
import { issueCertificate } from '../modules/evaluation/issue-certificate';
import { verificationUrlOf } from '../modules/evaluation/certificate.presenter';

/**
 * Registration numbers of the two evaluation demo producers: valid for their type (a co-operative's
 * 10-digit tax code, a household's legacy number), so their owners can save the profile unchanged.
 */
export const DEMO_EVALUATION_REGISTRATION_NUMBERS = { gom: '0109876541', tra: '01B8054321' } as const;

export const DEMO_COUNCIL_NAME = 'Hội đồng đánh giá, phân hạng sản phẩm OCOP Thành phố Hà Nội (demo)';

export interface DemoCertificate {
  number: string;
  status: string;
  url: string;
  productName: string;
  stars: number;
}

type Unit = AdminUnitRow;
type Tx = Database;

interface DemoProductPlan {
  key: string;
  producer: 'gom' | 'tra';
  name: string;
  set: number;
  procedure: string;
}

const PRODUCTS: readonly DemoProductPlan[] = [
  {
    key: 'binh',
    producer: 'gom',
    name: 'Bình hút lộc men rạn Bát Tràng',
    set: 21,
    procedure: '148-amended-1489',
  },
  {
    key: 'tra',
    producer: 'tra',
    name: 'Trà sen Tây Hồ ướp thủ công',
    set: 11,
    procedure: '148-amended-1489',
  },
  { key: 'dia', producer: 'gom', name: 'Đĩa sứ vẽ tay men lam cổ', set: 21, procedure: '148-original' },
  {
    key: 'am',
    producer: 'gom',
    name: 'Bộ ấm chén men lam Bát Tràng',
    set: 21,
    procedure: '148-amended-1489',
  },
];

async function ensureProducer(
  tx: Tx,
  plan: {
    name: string;
    registrationNumber: string;
    commune: Unit;
    memberId: string | undefined;
    type: 'cooperative' | 'household';
  },
) {
  const existing = await findProducerByRegistrationNumber(tx, plan.registrationNumber);
  if (existing) return existing;
  const row = await insertProducer(tx, {
    type: plan.type,
    name: plan.name,
    registrationNumber: plan.registrationNumber,
    communeId: plan.commune.id,
    address: plan.commune.fullName,
    legalRepresentative: {
      fullName: 'Người đại diện (demo)',
      title: 'Giám đốc',
      gender: 'male',
      isEthnicMinority: false,
      ethnicity: null,
    },
    contacts: { phone: '0912 000 222', email: null },
    searchKey: foldVietnamese(plan.name),
  });
  if (plan.memberId)
    await insertProducerMemberIfAbsent(tx, { producerId: row.id, accountId: plan.memberId, isOwner: true });
  return row;
}

/** Inserts a round with its products, sheets (one total per member per product) and, when adopted, results. */
async function insertRound(
  tx: Tx,
  p: {
    councilId: string;
    unit: Unit;
    name: string;
    meetingOn: string;
    status: 'open' | 'adopted';
    items: { dossier: DemoDossierRow; totals: (number | null)[] }[];
    members: DemoCouncilMemberRow[];
    /**
     * The meeting's attendance, recorded by the standing office before the results: every voting
     * member of the council and who was absent; the chair chairs. Absent for a meeting not yet held.
     */
    attendance?: { seats: DemoCouncilMemberRow[]; absentIds: ReadonlySet<string> };
    adoptedBy: string | undefined;
    recordedBy?: string | undefined;
    at: Date;
  },
) {
  const round = await insertDemoRound(tx, {
    councilId: p.councilId,
    unitId: p.unit.id,
    level: 'province',
    name: p.name,
    status: p.status,
    distributedOn: p.meetingOn,
    meetingOn: p.meetingOn,
    settings: DEFAULT_COUNCIL_SETTINGS,
    procedureVersionId: '148-amended-1489',
    chairedBy: p.attendance ? 'chair' : null,
    openedAt: p.at,
    closedAt: p.status === 'adopted' ? p.at : null,
    adoptedAt: p.status === 'adopted' ? p.at : null,
    adoptedBy: p.status === 'adopted' ? (p.adoptedBy ?? null) : null,
    createdAt: p.at,
    updatedAt: p.at,
  });
  const attendance = p.attendance;
  if (attendance)
    await insertDemoAttendance(
      tx,
      attendance.seats.map((m) => ({
        roundId: round.id,
        memberId: m.id,
        isPresent: !attendance.absentIds.has(m.id),
        recordedBy: p.recordedBy ?? null,
        recordedAt: p.at,
      })),
    );
  const meeting: MeetingQuorumInput | undefined = attendance && {
    mode: 'meeting',
    chairedBy: 'chair',
    attendanceSource: 'recorded',
    seats: attendance.seats.map((m) => ({
      memberId: m.id,
      role: m.role as 'chair' | 'vice_chair' | 'member',
      isPresent: !attendance.absentIds.has(m.id),
      hasAbstained: false,
    })),
  };
  const results = [];
  for (const [position, item] of p.items.entries()) {
    const d = item.dossier;
    const rp = await insertDemoRoundProduct(tx, {
      roundId: round.id,
      dossierId: d.id,
      productId: d.productId,
      producerId: d.producerId,
      productSet: d.productSet,
      rubricVersionId: d.rubricVersionId,
      requiresOnSiteInspection: d.productSet === 26,
      position,
      createdAt: p.at,
    });
    await insertDemoMemberAssignments(
      tx,
      p.members.map((m) => ({ roundProductId: rp.id, memberId: m.id, createdAt: p.at })),
    );
    const sheet = getRubricSheet(d.rubricVersionId, d.productSet);
    const current = [];
    for (const [i, total] of item.totals.entries()) {
      if (total === null) continue;
      const { choices, total: scored } = sampleChoicesForTotal(sheet, total);
      await insertDemoScoreSheet(tx, {
        roundProductId: rp.id,
        memberId: p.members[i]!.id,
        version: 1,
        status: 'submitted',
        choices,
        totalHundredths: Math.round(scored * 100),
        createdAt: p.at,
        updatedAt: p.at,
        submittedAt: p.at,
      });
      current.push({
        memberId: p.members[i]!.id,
        version: 1,
        status: 'submitted' as const,
        total: scored,
        choices,
        knockOuts: [],
      });
    }
    if (p.status !== 'adopted') continue;
    const procedure = BUILT_IN_PROCEDURE_VERSIONS.find((v) => v.id === d.procedureVersionId)!;
    const e = evaluateProduct({
      rubricSheet: sheet,
      assigned: p.members.map((m) => ({
        memberId: m.id,
        name: m.fullName,
        role: m.role as 'chair' | 'member',
        hasAbstained: false,
      })),
      sheets: current,
      settings: DEFAULT_COUNCIL_SETTINGS,
      procedure,
      level: 'province',
      ...(meeting ? { meeting } : {}),
    });
    const result = await insertDemoRoundResult(tx, {
      roundId: round.id,
      roundProductId: rp.id,
      productId: d.productId,
      producerId: d.producerId,
      meanHundredths: Math.round(e.aggregate!.mean * 100),
      bandStars: e.award!.bandStars,
      stars: e.award!.stars,
      isCertifiable: e.award!.isCertifiable,
      routeAction: e.route!.action,
      routeTargetLevel: e.route!.targetLevel ?? null,
      explanationVi: `${e.award!.explanationVi} ${e.route!.explanationVi}`,
      explanationEn: `${e.award!.explanationEn} ${e.route!.explanationEn}`,
      memberTotals: current.map((s) => ({
        memberId: s.memberId,
        name: p.members.find((m) => m.id === s.memberId)!.fullName,
        total: s.total,
        version: 1,
      })),
      adoptedAt: p.at,
      adoptedBy: p.adoptedBy ?? null,
    });
    results.push({ result, dossier: d });
  }
  return { round, results };
}

async function insertApprovedDecision(
  tx: Tx,
  p: {
    unit: Unit;
    roundId: string;
    number: string;
    signedOn: string;
    results: Awaited<ReturnType<typeof insertRound>>['results'];
    leaderId: string | undefined;
    officeId: string | undefined;
    at: Date;
  },
) {
  const decision = await insertDemoDecision(tx, {
    unitId: p.unit.id,
    level: 'province',
    roundId: p.roundId,
    number: p.number,
    signedOn: p.signedOn,
    titleVi: 'Quyết định công nhận sản phẩm đạt chuẩn OCOP (demo)',
    legalBases: ['Quyết định số 148/QĐ-TTg ngày 24/02/2023'],
    issuerName: issuerNameOf(p.unit),
    status: 'approved',
    draftedBy: p.officeId ?? null,
    draftedAt: p.at,
    approvedBy: p.leaderId ?? null,
    approvedByName: 'Phó Chủ tịch UBND tỉnh',
    approvedAt: p.at,
  });
  for (const { result, dossier } of p.results.filter((r) => r.result.routeAction === 'certify')) {
    const item = await insertDemoDecisionItem(tx, {
      decisionId: decision.id,
      roundResultId: result.id,
      productId: result.productId,
      producerId: result.producerId,
      productSet: dossier.productSet,
      stars: result.stars!,
      meanHundredths: result.meanHundredths,
    });
    await issueCertificate(tx, {
      decision,
      item,
      issuer: p.unit,
      validityMonths: 36,
      now: p.at,
    });
  }
}

async function summary(
  db: Database,
  councilUnitId: string,
  today: string,
  publicBaseUrl: string,
): Promise<DemoCertificate[]> {
  const rows = await listCertificatesIssuedBy(db, councilUnitId);
  return rows.map((c) => ({
    number: c.number,
    status: deriveCertificateStatus(c, today),
    url: verificationUrlOf(publicBaseUrl, c.number),
    productName: c.productName,
    stars: c.stars,
  }));
}

export async function seedDemoEvaluation(params: {
  db: Database;
  now: Date;
  province: Unit;
  communes: [Unit, Unit];
  accountIdByUsername: ReadonlyMap<string, string>;
  publicBaseUrl: string;
}): Promise<{ certificates: DemoCertificate[] }> {
  const { db, now, province } = params;
  const today = now.toISOString().slice(0, 10);
  const id = (username: string) => params.accountIdByUsername.get(username);
  if (await findCouncilByName(db, DEMO_COUNCIL_NAME))
    return { certificates: await summary(db, province.id, today, params.publicBaseUrl) };

  await db.transaction(async (tx) => {
    const gom = await ensureProducer(tx, {
      name: 'HTX Gốm sứ Bát Tràng',
      registrationNumber: DEMO_EVALUATION_REGISTRATION_NUMBERS.gom,
      commune: params.communes[0],
      memberId: id('chuthe1'),
      type: 'cooperative',
    });
    const tra = await ensureProducer(tx, {
      name: 'Hộ kinh doanh Trà sen Yên Hòa',
      registrationNumber: DEMO_EVALUATION_REGISTRATION_NUMBERS.tra,
      commune: params.communes[1],
      memberId: id('chuthe2'),
      type: 'household',
    });
    const dossierOf = new Map<string, DemoDossierRow>();
    for (const plan of PRODUCTS) {
      const producer = plan.producer === 'gom' ? gom : tra;
      const product = await insertProduct(tx, {
        producerId: producer.id,
        productSet: plan.set,
        name: plan.name,
        status: 'in_evaluation',
        searchKey: foldVietnamese(plan.name),
      });
      const dossier = await insertDemoDossier(tx, {
        producerId: producer.id,
        productId: product.id,
        communeId: producer.communeId,
        type: 'first',
        rubricVersionId: '148',
        productSet: plan.set,
        procedureVersionId: plan.procedure,
        status: 'accepted_into_pool',
        registration: emptyRegistration(),
        versionNumber: 1,
        createdAt: now,
        updatedAt: now,
      });
      dossierOf.set(plan.key, dossier);
    }
    const termStart = new Date('2022-01-01T00:00:00+07:00');
    const council = await insertDemoCouncil(tx, {
      unitId: province.id,
      level: 'province',
      name: DEMO_COUNCIL_NAME,
      establishedBy: '1001/QĐ-UBND (demo)',
      termFrom: '2022-01-01',
      createdAt: now,
      updatedAt: now,
    });
    const plan = [
      {
        accountId: id('tinh.chutich'),
        fullName: 'Chủ tịch Hội đồng OCOP tỉnh',
        agency: 'peoples-committee',
        position: 'Phó Chủ tịch UBND Thành phố',
        role: 'chair' as const,
      },
      {
        accountId: id('tinh.hoidong1'),
        fullName: 'Thành viên Hội đồng (Sở Y tế)',
        agency: 'health',
        position: 'Phó Giám đốc Sở Y tế',
        role: 'member' as const,
      },
      {
        accountId: id('tinh.hoidong2'),
        fullName: 'Thành viên Hội đồng (Sở Công Thương)',
        agency: 'industry-and-trade',
        position: 'Phó Giám đốc Sở Công Thương',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Trần Văn Nông',
        agency: 'agriculture-and-environment',
        position: 'Phó Giám đốc Sở Nông nghiệp và Môi trường',
        role: 'vice_chair' as const,
      },
      {
        accountId: undefined,
        fullName: 'Lê Thị Khoa',
        agency: 'science-and-technology',
        position: 'Phó Giám đốc Sở Khoa học và Công nghệ',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Phạm Văn Văn',
        agency: 'culture-sports-tourism',
        position: 'Phó Giám đốc Sở Văn hóa và Thể thao',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Ngô Thị Tài',
        agency: 'other',
        position: 'Phó Giám đốc Sở Tài chính',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Đỗ Văn Hội',
        agency: 'other',
        position: 'Chủ tịch Hội Nông dân Thành phố',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Vũ Thị Phụ',
        agency: 'other',
        position: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ Thành phố',
        role: 'member' as const,
      },
      {
        accountId: undefined,
        fullName: 'Hoàng Thư Ký',
        agency: 'agriculture-and-environment',
        position: 'Chi cục Phát triển nông thôn',
        role: 'secretary' as const,
      },
    ];
    // Seated since the council's term began, so the 2022 meeting finds them on the council.
    const members = await insertDemoCouncilMembers(
      tx,
      plan.map((m) => ({
        ...m,
        accountId: m.accountId ?? null,
        councilId: council.id,
        createdAt: termStart,
      })),
    );
    const scoring = members.filter((m) => m.accountId !== null);
    // 8 of the 9 voting members present, the chair chairing: round(9 × 75 %) = 7, quorum met.
    const attendance = {
      seats: members.filter((m) => m.role === 'chair' || m.role === 'vice_chair' || m.role === 'member'),
      absentIds: new Set(members.filter((m) => m.fullName === 'Vũ Thị Phụ').map((m) => m.id)),
    };

    const old = new Date('2022-03-10T03:00:00Z');
    const historic = await insertRound(tx, {
      councilId: council.id,
      unit: province,
      name: 'Đợt 1 năm 2022',
      meetingOn: '2022-03-10',
      status: 'adopted',
      items: [{ dossier: dossierOf.get('dia')!, totals: [74, 76, 75] }],
      members: scoring,
      attendance,
      adoptedBy: id('tinh.chutich'),
      recordedBy: id('tinh.vpdp'),
      at: old,
    });
    await insertApprovedDecision(tx, {
      unit: province,
      roundId: historic.round.id,
      number: '1520/QĐ-UBND',
      signedOn: '2022-03-15',
      results: historic.results,
      leaderId: id('tinh.lanhdao'),
      officeId: id('tinh.vpdp'),
      at: old,
    });

    const lastMonth = new Date(now.getTime() - 30 * 86_400_000);
    const day = lastMonth.toISOString().slice(0, 10);
    const done = await insertRound(tx, {
      councilId: council.id,
      unit: province,
      name: `Đợt đánh giá ${day.slice(5, 7)}/${day.slice(0, 4)}`,
      meetingOn: day,
      status: 'adopted',
      items: [
        { dossier: dossierOf.get('binh')!, totals: [74, 78, 76] },
        { dossier: dossierOf.get('tra')!, totals: [66, 64, 62] },
      ],
      members: scoring,
      attendance,
      adoptedBy: id('tinh.chutich'),
      recordedBy: id('tinh.vpdp'),
      at: lastMonth,
    });
    await insertApprovedDecision(tx, {
      unit: province,
      roundId: done.round.id,
      number: `${day.slice(0, 4)}1/QĐ-UBND`,
      signedOn: day,
      results: done.results,
      leaderId: id('tinh.lanhdao'),
      officeId: id('tinh.vpdp'),
      at: lastMonth,
    });

    const nextWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    await insertRound(tx, {
      councilId: council.id,
      unit: province,
      name: 'Đợt đánh giá đang diễn ra',
      meetingOn: nextWeek,
      status: 'open',
      items: [{ dossier: dossierOf.get('am')!, totals: [null, 72, null] }],
      members: scoring,
      adoptedBy: undefined,
      at: now,
    });
    await appendAudit(
      tx,
      SYSTEM_AUDIT_CONTEXT,
      { action: 'demo.evaluation-seeded', entityType: 'council', entityId: council.id, unitId: province.id },
      now,
    );
  });
  return { certificates: await summary(db, province.id, today, params.publicBaseUrl) };
}
