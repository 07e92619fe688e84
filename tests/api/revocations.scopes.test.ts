/**
 * Authorization matrix of the revocation endpoints: the standing office of the issuing province
 * proposes and drafts, its leader approves or returns; the same roles of another province get 404
 * (the record's existence does not leak), every other role 403; a refusal changes nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, revocationDecisions, revocationProposals } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

const ACTORS = [
  'producer',
  'communeX',
  'officeA',
  'officeB',
  'leaderA',
  'leaderB',
  'inspectorA',
  'council_member',
  'admin',
] as const;
type ActorKey = (typeof ACTORS)[number];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producerAccountId: string;
const actors = new Map<ActorKey, Session>();

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-10T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producerAccountId = account.id;
  actors.set('producer', await login(t.app, account.username));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('officeA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('officeB', await signInAs(t, 'standing_office', units.provinceB));
  actors.set('leaderA', await signInAs(t, 'leader', units.provinceA));
  actors.set('leaderB', await signInAs(t, 'leader', units.provinceB));
  actors.set('inspectorA', await signInAs(t, 'inspector', units.provinceA));
  actors.set('council_member', await signInAs(t, 'council_member', units.provinceA));
  actors.set('admin', await signInAs(t, 'admin', units.provinceA));
}, 120_000);
afterAll(async () => t.close());

const send = (who: ActorKey, method: 'POST' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: actors.get(who)!.headers, ...(payload ? { payload } : {}) });

async function certificateOfA() {
  return (
    await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeX },
      { producerAccountId },
    )
  ).certificate;
}
async function proposalOfA(): Promise<{ id: string; version: number }> {
  const certificate = await certificateOfA();
  const res = await send('officeA', 'POST', '/api/v1/revocation-proposals', {
    certificateId: certificate.id,
    groundCode: 'production_stopped',
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}
let numbers = 0;
async function draftOfA(): Promise<{ id: string; version: number }> {
  const proposal = await proposalOfA();
  numbers += 1;
  const res = await send('officeA', 'POST', '/api/v1/revocation-decisions', {
    proposalIds: [proposal.id],
    number: `${numbers}/QĐ-UBND`,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

/** What every actor gets: the allowed one a success, the others of province B 404, the rest 403. */
function expected(allowed: ActorKey, hidden: readonly ActorKey[]): Record<ActorKey, number | 'ok'> {
  return Object.fromEntries(
    ACTORS.map((a) => [a, a === allowed ? 'ok' : hidden.includes(a) ? 404 : 403]),
  ) as Record<ActorKey, number | 'ok'>;
}

interface Case {
  operation: string;
  allowed: ActorKey;
  /** Actors that hold the permission elsewhere and so must not learn the record exists. */
  hidden: ActorKey[];
  setUp: () => Promise<{ url: string; payload: object; snapshot: () => Promise<unknown> }>;
}

const proposalSnapshot = (id: string) => async () =>
  (await t.db.select().from(revocationProposals).where(eq(revocationProposals.id, id)))[0];
const decisionSnapshot = (id: string) => async () => ({
  decision: (await t.db.select().from(revocationDecisions).where(eq(revocationDecisions.id, id)))[0],
  proposals: await t.db.select().from(revocationProposals).where(eq(revocationProposals.decisionId, id)),
});

const cases: Case[] = [
  {
    operation: 'proposeRevocation',
    allowed: 'officeA',
    hidden: ['officeB'],
    setUp: async () => {
      const certificate = await certificateOfA();
      return {
        url: '/api/v1/revocation-proposals',
        payload: { certificateId: certificate.id, groundCode: 'food_safety_violation' },
        snapshot: async () => ({
          proposals: await t.db
            .select()
            .from(revocationProposals)
            .where(eq(revocationProposals.certificateId, certificate.id)),
          certificate: (await t.db.select().from(certificates).where(eq(certificates.id, certificate.id)))[0],
        }),
      };
    },
  },
  {
    operation: 'proposeExpiredRevocations',
    allowed: 'officeA',
    hidden: ['officeB'],
    setUp: async () => ({
      url: '/api/v1/revocation-proposals/expired',
      payload: { unitId: units.provinceA.id },
      snapshot: async () => (await t.db.select().from(revocationProposals)).length,
    }),
  },
  {
    operation: 'withdrawRevocationProposal',
    allowed: 'officeA',
    hidden: ['officeB'],
    setUp: async () => {
      const proposal = await proposalOfA();
      return {
        url: `/api/v1/revocation-proposals/${proposal.id}/withdraw`,
        payload: { version: proposal.version },
        snapshot: proposalSnapshot(proposal.id),
      };
    },
  },
  {
    operation: 'draftRevocationDecision',
    allowed: 'officeA',
    hidden: ['officeB'],
    setUp: async () => {
      const proposal = await proposalOfA();
      numbers += 1;
      return {
        url: '/api/v1/revocation-decisions',
        payload: { proposalIds: [proposal.id], number: `${numbers}/QĐ-UBND` },
        snapshot: proposalSnapshot(proposal.id),
      };
    },
  },
  {
    operation: 'approveRevocationDecision',
    allowed: 'leaderA',
    hidden: ['leaderB'],
    setUp: async () => {
      const draft = await draftOfA();
      return {
        url: `/api/v1/revocation-decisions/${draft.id}/approve`,
        payload: { version: draft.version },
        snapshot: decisionSnapshot(draft.id),
      };
    },
  },
  {
    operation: 'returnRevocationDecision',
    allowed: 'leaderA',
    hidden: ['leaderB'],
    setUp: async () => {
      const draft = await draftOfA();
      return {
        url: `/api/v1/revocation-decisions/${draft.id}/return`,
        payload: { version: draft.version, reason: 'Bổ sung' },
        snapshot: decisionSnapshot(draft.id),
      };
    },
  },
];

describe.each(cases)('$operation', ({ allowed, hidden, setUp }) => {
  it('only the allowed actor succeeds; refusals change nothing', async () => {
    const { url, payload, snapshot } = await setUp();
    const before = await snapshot();
    const want = expected(allowed, hidden);
    for (const actor of ACTORS.filter((a) => a !== allowed)) {
      const res = await send(actor, 'POST', url, payload);
      expect({ actor, status: res.statusCode }).toEqual({ actor, status: want[actor] });
      expect(await snapshot()).toEqual(before);
    }
    const res = await send(allowed, 'POST', url, payload);
    expect(res.statusCode).toBeLessThan(300);
  });
});

describe('reading', () => {
  it('lists and decisions are visible in the issuing province only', async () => {
    const draft = await draftOfA();
    for (const actor of ['officeA', 'leaderA', 'inspectorA'] as const) {
      expect((await send(actor, 'GET', `/api/v1/revocation-decisions/${draft.id}`)).statusCode).toBe(200);
      const list = await send(actor, 'GET', '/api/v1/revocation-decisions');
      expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(draft.id);
    }
    for (const actor of ['officeB', 'leaderB'] as const) {
      expect((await send(actor, 'GET', `/api/v1/revocation-decisions/${draft.id}`)).statusCode).toBe(404);
      const list = await send(actor, 'GET', '/api/v1/revocation-proposals');
      expect(list.json<{ total: number }>().total).toBe(0);
    }
    for (const actor of ['producer', 'communeX', 'council_member', 'admin'] as const)
      expect((await send(actor, 'GET', `/api/v1/revocation-decisions/${draft.id}`)).statusCode).toBe(403);
  });
});
