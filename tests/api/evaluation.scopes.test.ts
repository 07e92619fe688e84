import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { dossiers, roundProducts, roundResults } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildJurisdictions } from '../helpers/factories';
import { buildStage, type ProvinceKit, type Stage, type Staged } from '../helpers/evaluation-stages';
import { multipartFile, tinyPdf } from '../helpers/multipart';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix of every mutating evaluation endpoint: each role, granted in province A,
 * acting on a council, round, decision or certificate of province A (inside) or of province B
 * (outside). The chair and member seats of both provinces' councils are held by the role's own
 * accounts, so "outside" is refused by the unit of the grant alone, not by a missing seat.
 * Every refusal leaves the audit log, the score sheets and the conflict declarations as they were.
 */
let t: TestApp;
let dataDir: string;
let kits: { inside: ProvinceKit; outside: ProvinceKit };
const sessions = new Map<Role, Session>();
/** The meeting is later than the clock: closing and adopting early need the chair's reason. */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-evaluation-scopes-'));
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z'), config: { dataDir } });
  const units = await buildJurisdictions(t.db);
  for (const role of ROLES) sessions.set(role, await signInAs(t, role, units.provinceA));
  kits = {
    inside: {
      province: units.provinceA,
      commune: units.communeX,
      office: sessions.get('standing_office')!,
      leader: sessions.get('leader')!,
    },
    outside: {
      province: units.provinceB,
      commune: units.communeZ,
      office: await signInAs(t, 'standing_office', units.provinceB),
      leader: await signInAs(t, 'leader', units.provinceB),
    },
  };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Request = {
  method: 'POST' | 'PUT';
  url: string;
  payload: object | Buffer;
  headers?: Record<string, string>;
};

interface Case {
  operation: string;
  stage: Stage;
  request: (s: Staged, kit: ProvinceKit) => Request | Promise<Request>;
  allowed: readonly Role[];
  success: number;
}

const SCORERS = ['council_member', 'council_chair'] as const;
const sheet = (s: Staged) => `/api/v1/rounds/${s.roundId}/products/${s.itemId}/sheet`;

const cases: Case[] = [
  {
    operation: 'createCouncil',
    stage: 'council',
    request: (_s, kit) => ({
      method: 'POST',
      url: '/api/v1/councils',
      payload: {
        unitId: kit.province.id,
        name: 'Hội đồng mới',
        termFrom: '2026-01-01',
        members: [{ fullName: 'A', agency: 'peoples-committee', position: 'Chủ tịch', role: 'chair' }],
      },
    }),
    allowed: ['standing_office'],
    success: 201,
  },
  {
    operation: 'createRound',
    stage: 'council',
    request: (s) => ({
      method: 'POST',
      url: '/api/v1/rounds',
      payload: { councilId: s.councilId, name: 'Đợt', meetingOn: '2026-05-20', dossierIds: [s.dossierId] },
    }),
    allowed: ['standing_office'],
    success: 201,
  },
  {
    operation: 'openRound',
    stage: 'draft',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/rounds/${s.roundId}/open`,
      payload: { distributedOn: '2026-05-05', compositionOverrideReason: 'Hội đồng thử nghiệm' },
    }),
    allowed: ['standing_office'],
    success: 200,
  },
  {
    operation: 'setRoundProductMembers',
    stage: 'draft',
    request: (s) => ({
      method: 'PUT',
      url: `/api/v1/rounds/${s.roundId}/products/${s.itemId}/members`,
      payload: { memberIds: [s.seats.chair, s.seats.member] },
    }),
    allowed: ['standing_office'],
    success: 200,
  },
  {
    operation: 'declareConflict',
    stage: 'open',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/rounds/${s.roundId}/products/${s.itemId}/conflict`,
      payload: { declaration: 'none' },
    }),
    allowed: SCORERS,
    success: 200,
  },
  {
    operation: 'saveScoreSheetDraft',
    stage: 'open',
    request: (s) => ({ method: 'PUT', url: sheet(s), payload: { choices: { 'A.1.a': 1 }, revision: 1 } }),
    allowed: SCORERS,
    success: 200,
  },
  {
    operation: 'submitScoreSheet',
    stage: 'drafts',
    request: (s) => ({ method: 'POST', url: `${sheet(s)}/submit`, payload: { revision: 1 } }),
    allowed: SCORERS,
    success: 200,
  },
  {
    operation: 'startRescore',
    stage: 'submitted',
    request: (s) => ({
      method: 'POST',
      url: `${sheet(s)}/rescore`,
      payload: { reason: 'Xem lại tiêu chí A.1' },
    }),
    allowed: SCORERS,
    success: 200,
  },
  {
    operation: 'requestRescore',
    stage: 'submitted',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/rounds/${s.roundId}/rescore-requests`,
      payload: { roundProductId: s.itemId, memberIds: [s.seats.paper], reason: 'Chênh lệch lớn' },
    }),
    allowed: ['council_chair'],
    success: 200,
  },
  {
    operation: 'closeScoring',
    stage: 'submitted',
    request: (s) => ({ method: 'POST', url: `/api/v1/rounds/${s.roundId}/close`, payload: EARLY }),
    allowed: ['council_chair'],
    success: 200,
  },
  {
    operation: 'adoptRoundResults',
    stage: 'closed',
    request: (s) => ({ method: 'POST', url: `/api/v1/rounds/${s.roundId}/adopt`, payload: EARLY }),
    allowed: ['council_chair'],
    success: 200,
  },
  {
    operation: 'recordRoundAttendance',
    stage: 'closed',
    request: (s) => ({
      method: 'PUT',
      url: `/api/v1/rounds/${s.roundId}/attendance`,
      payload: {
        chairedBy: 'chair',
        members: [s.seats.chair, s.seats.member, s.seats.paper].map((memberId) => ({
          memberId,
          isPresent: true,
        })),
      },
    }),
    allowed: ['standing_office'],
    success: 200,
  },
  {
    operation: 'acknowledgeUnverifiedSheet',
    stage: 'adopted',
    request: async (s) => {
      // The staged product becomes a set-26 (unverified) one so there is something to acknowledge.
      await t.db.update(roundProducts).set({ productSet: 26 }).where(eq(roundProducts.id, s.itemId));
      const [result] = await t.db
        .select({ id: roundResults.id })
        .from(roundResults)
        .where(eq(roundResults.roundProductId, s.itemId));
      return {
        method: 'POST',
        url: `/api/v1/rounds/${s.roundId}/results/${result!.id}/acknowledge-sheet`,
        payload: { note: 'Đã xem xét phiếu bộ 26' },
      };
    },
    allowed: ['standing_office'],
    success: 200,
  },
  {
    operation: 'draftDecision',
    stage: 'adopted',
    request: (s) => ({
      method: 'POST',
      url: '/api/v1/decisions',
      payload: { roundId: s.roundId, number: `M-${s.roundId.slice(0, 6)}/QĐ-UBND`, signedOn: '2026-05-25' },
    }),
    allowed: ['standing_office'],
    success: 201,
  },
  {
    operation: 'approveDecision',
    stage: 'decision',
    request: (s) => ({ method: 'POST', url: `/api/v1/decisions/${s.decisionId}/approve`, payload: {} }),
    allowed: ['leader'],
    success: 200,
  },
  {
    operation: 'attachDecisionScan',
    stage: 'certificate',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/decisions/${s.decisionId}/signed-scan`,
      ...multipartFile(tinyPdf(s.decisionId), 'qd.pdf'),
    }),
    allowed: ['standing_office', 'leader'],
    success: 200,
  },
  {
    operation: 'createConsultancyLink',
    stage: 'council',
    request: async (s) => {
      const [dossier] = await t.db
        .select({ producerId: dossiers.producerId })
        .from(dossiers)
        .where(eq(dossiers.id, s.dossierId));
      return {
        method: 'POST',
        url: '/api/v1/consultancy-links',
        payload: {
          accountId: sessions.get('council_member')!.accountId,
          producerId: dossier!.producerId,
          validFrom: '2024-01-01',
        },
      };
    },
    allowed: ['standing_office'],
    success: 201,
  },
  {
    operation: 'replaceCertificate',
    stage: 'certificate',
    request: (s) => ({
      method: 'POST',
      url: `/api/v1/certificates/${s.certificateId}/replace`,
      payload: { reason: 'Sai tên sản phẩm', productName: 'Tên đúng' },
    }),
    allowed: ['standing_office'],
    success: 201,
  },
];

/** Everything a refused call could have written. */
async function fingerprint(): Promise<number> {
  return queryCount(
    t.db,
    sql`select (select count(*) from audit_log) + (select count(*) from score_sheets) + (select coalesce(sum(revision), 0) from score_sheets) + (select count(*) from conflict_declarations) + (select count(*) from notifications) + (select count(*) from round_attendance) + (select count(*) from round_results where sheet_acknowledgement is not null) as n`,
  );
}

async function stageFor(stage: Stage, where: 'inside' | 'outside') {
  const kit = kits[where];
  const seats = {
    chairAccountId: sessions.get('council_chair')!.accountId,
    memberAccountId: sessions.get('council_member')!.accountId,
  };
  return { kit, staged: await buildStage(t, kit, seats, stage) };
}

describe.each(cases)('$operation', ({ stage, request, allowed, success }) => {
  it.each(ROLES.flatMap((role) => [[role, 'inside'] as const, [role, 'outside'] as const]))(
    '%s acting %s its unit',
    async (role, where) => {
      const { kit, staged } = await stageFor(stage, where);
      const spec = await request(staged, kit);
      const before = await fingerprint();
      const response = await t.app.inject({
        ...spec,
        headers: { ...sessions.get(role)!.headers, ...spec.headers },
      });
      const expected = where === 'inside' && allowed.includes(role) ? success : 403;
      expect(response.statusCode, response.body).toBe(expected);
      if (expected === 403) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(await fingerprint()).toBe(before);
      }
    },
  );

  it('anonymous → 401', async () => {
    const { kit, staged } = await stageFor(stage, 'inside');
    const before = await fingerprint();
    const response = await t.app.inject(await request(staged, kit));
    expect(response.statusCode).toBe(401);
    expect(await fingerprint()).toBe(before);
  });
});
