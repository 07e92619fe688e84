/**
 * Evaluation state factories for the authorization matrix: a council of a province whose chair
 * and member seats are held by given accounts, brought to a stage (draft round … certificate).
 * Steps that the seated accounts could not take in a foreign province (scoring, closing,
 * adopting) are written straight to the database; the rest goes through the API as the
 * province's own standing office and leader.
 */
import { eq } from 'drizzle-orm';
import { roundResults, roundProducts, rounds, scoreSheets } from '../../src/db/schema';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { sampleChoicesForTotal } from '../../src/domain/evaluation/sample-choices';
import { buildPoolProduct } from './evaluation-fixtures';
import type { UnitRow } from './factories';
import type { Session, TestApp } from './test-app';

export const STAGES = [
  'council',
  'draft',
  'open',
  'drafts',
  'submitted',
  'closed',
  'adopted',
  'decision',
  'certificate',
] as const;
export type Stage = (typeof STAGES)[number];

/** A province with the people who run it (granted there). */
export interface ProvinceKit {
  province: UnitRow;
  commune: UnitRow;
  office: Session;
  leader: Session;
}

export interface Staged {
  councilId: string;
  dossierId: string;
  seats: { chair: string; member: string; paper: string };
  roundId: string;
  itemId: string;
  decisionId: string;
  certificateId: string;
}

const at = (stage: Stage, wanted: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(wanted);

async function call(t: TestApp, s: Session, method: 'POST' | 'PUT', url: string, payload: object) {
  const res = await t.app.inject({ method, url, headers: s.headers, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
}

async function writeSheet(
  t: TestApp,
  itemId: string,
  memberId: string,
  total: number,
  status: 'draft' | 'submitted',
) {
  const { choices, total: exact } = sampleChoicesForTotal(getRubricSheet('148', 21), total);
  const now = new Date('2026-05-04T02:00:00Z');
  await t.db.insert(scoreSheets).values({
    roundProductId: itemId,
    memberId,
    version: 1,
    status,
    choices,
    totalHundredths: status === 'submitted' ? Math.round(exact * 100) : 0,
    createdAt: now,
    updatedAt: now,
    submittedAt: status === 'submitted' ? now : null,
  });
}

/**
 * Builds a council in `kit.province` (chair seat = `chairAccountId`, member seat =
 * `memberAccountId`, a third member scoring on paper) and a pool product, then advances to
 * `stage`. Ids of things not reached are ''.
 */
export async function buildStage(
  t: TestApp,
  kit: ProvinceKit,
  seatAccounts: { chairAccountId: string; memberAccountId: string },
  stage: Stage,
): Promise<Staged> {
  const pool = await buildPoolProduct(t.db, kit.commune);
  const council = await call(t, kit.office, 'POST', '/api/v1/councils', {
    unitId: kit.province.id,
    name: 'Hội đồng ma trận quyền',
    termFrom: '2026-01-01',
    members: [
      {
        accountId: seatAccounts.chairAccountId,
        fullName: 'Chủ tịch',
        agency: 'peoples-committee',
        position: 'Phó Chủ tịch UBND tỉnh',
        role: 'chair',
      },
      {
        accountId: seatAccounts.memberAccountId,
        fullName: 'Thành viên',
        agency: 'agriculture-and-environment',
        position: 'Phó Giám đốc',
        role: 'member',
      },
      {
        accountId: null,
        fullName: 'Thành viên chấm giấy',
        agency: 'science-and-technology',
        position: 'Phó Giám đốc',
        role: 'member',
      },
    ],
  });
  const members = council.members as { id: string; accountId: string | null; role: string }[];
  const seats = {
    chair: members.find((m) => m.accountId === seatAccounts.chairAccountId)!.id,
    member: members.find((m) => m.accountId === seatAccounts.memberAccountId)!.id,
    paper: members.find((m) => m.accountId === null)!.id,
  };
  const out: Staged = {
    councilId: council.id as string,
    dossierId: pool.dossier.id,
    seats,
    roundId: '',
    itemId: '',
    decisionId: '',
    certificateId: '',
  };
  if (!at(stage, 'draft')) return out;
  const round = await call(t, kit.office, 'POST', '/api/v1/rounds', {
    councilId: out.councilId,
    name: 'Đợt ma trận',
    meetingOn: '2026-05-20',
    dossierIds: [pool.dossier.id],
    memberIds: [seats.chair, seats.member, seats.paper],
  });
  out.roundId = round.id as string;
  out.itemId = (round.products as { id: string }[])[0]!.id;
  if (!at(stage, 'open')) return out;
  await call(t, kit.office, 'POST', `/api/v1/rounds/${out.roundId}/open`, {
    distributedOn: '2026-05-05',
    compositionOverrideReason: 'Hội đồng thử nghiệm ba người',
  });
  if (stage === 'drafts') {
    await writeSheet(t, out.itemId, seats.chair, 72, 'draft');
    await writeSheet(t, out.itemId, seats.member, 74, 'draft');
    return out;
  }
  if (!at(stage, 'submitted')) return out;
  for (const [id, total] of [
    [seats.chair, 72],
    [seats.member, 74],
    [seats.paper, 76],
  ] as const)
    await writeSheet(t, out.itemId, id, total, 'submitted');
  if (!at(stage, 'closed')) return out;
  await t.db.update(rounds).set({ status: 'closed', closedAt: new Date() }).where(eq(rounds.id, out.roundId));
  if (!at(stage, 'adopted')) return out;
  const [item] = await t.db.select().from(roundProducts).where(eq(roundProducts.id, out.itemId));
  await t.db.insert(roundResults).values({
    roundId: out.roundId,
    roundProductId: out.itemId,
    productId: item!.productId,
    producerId: item!.producerId,
    meanHundredths: 7400,
    bandStars: 4,
    stars: 4,
    isCertifiable: true,
    routeAction: 'certify',
    explanationVi: '4 sao.',
    explanationEn: '4 stars.',
    memberTotals: [],
    adoptedAt: new Date(),
  });
  await t.db
    .update(rounds)
    .set({ status: 'adopted', adoptedAt: new Date() })
    .where(eq(rounds.id, out.roundId));
  if (!at(stage, 'decision')) return out;
  const decision = await call(t, kit.office, 'POST', '/api/v1/decisions', {
    roundId: out.roundId,
    number: `${out.roundId.slice(0, 8)}/QĐ-UBND`,
    signedOn: '2026-05-25',
  });
  out.decisionId = decision.id as string;
  if (!at(stage, 'certificate')) return out;
  const approved = await call(t, kit.leader, 'POST', `/api/v1/decisions/${out.decisionId}/approve`, {});
  out.certificateId = (approved.items as { certificateId: string }[])[0]!.certificateId;
  return out;
}
