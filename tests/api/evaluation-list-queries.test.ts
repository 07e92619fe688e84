import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilMembers, councils, decisions, rounds } from '../../src/db/schema';
import { DEFAULT_COUNCIL_SETTINGS } from '../../src/domain/rubric/council-settings';
import { buildAccount, buildJurisdictions, type UnitRow } from '../helpers/factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The council, round and decision lists page in SQL: the number of statements a list runs does not
 * grow with the rows it shows, paging hands out every row once with the right total, and another
 * province's staff see none of them.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;
let leader: Session;
let otherOffice: Session;
let otherLeader: Session;
/** A council member of province A seated in the first council only. */
let member: Session;
let memberAccountId: string;
let statements = 0;

/** Counts every statement sent through the handle's driver (PGlite or the node-postgres pool). */
function countStatements(test: TestApp): void {
  const client = (test.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
    .$client;
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
}

const created = { councils: [] as string[], rounds: [] as string[], decisions: [] as string[] };
let serial = 0;

/** `n` councils of `unit`, each with two members, a draft and an open round, and a decision. */
async function addRows(unit: UnitRow, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    serial += 1;
    const [council] = await t.db
      .insert(councils)
      .values({ unitId: unit.id, level: 'province', name: `Hội đồng ${serial}`, termFrom: '2026-01-01' })
      .returning();
    await t.db.insert(councilMembers).values([
      {
        councilId: council!.id,
        fullName: `Chủ tịch ${serial}`,
        agency: 'peoples-committee',
        position: 'Phó Chủ tịch',
        role: 'chair',
      },
      {
        councilId: council!.id,
        fullName: `Thành viên ${serial}`,
        agency: 'agriculture-and-environment',
        position: 'Chuyên viên',
        role: 'member',
      },
    ]);
    const roundValues = (status: 'draft' | 'open', day: number) => ({
      councilId: council!.id,
      unitId: unit.id,
      level: 'province' as const,
      name: `Đợt ${serial} ${status}`,
      status,
      meetingOn: `2026-06-${String(day).padStart(2, '0')}`,
      settings: DEFAULT_COUNCIL_SETTINGS,
      procedureVersionId: 'test',
    });
    const [draft, open] = await t.db
      .insert(rounds)
      .values([roundValues('draft', 1 + (serial % 28)), roundValues('open', 1 + (serial % 28))])
      .returning();
    const [decision] = await t.db
      .insert(decisions)
      .values({
        unitId: unit.id,
        level: 'province',
        roundId: open!.id,
        number: `${serial}/QĐ-UBND`,
        signedOn: '2026-06-30',
        titleVi: `Quyết định ${serial}`,
        issuerName: 'Chủ tịch UBND tỉnh',
        draftedAt: new Date(Date.UTC(2026, 5, 1, 0, serial)),
      })
      .returning();
    if (unit.id === units.provinceA.id) {
      created.councils.push(council!.id);
      created.rounds.push(draft!.id, open!.id);
      created.decisions.push(decision!.id);
    }
  }
}

interface ListAnswer {
  items: { id: string }[];
  total: number;
}

async function list(session: Session, url: string): Promise<{ body: ListAnswer; statements: number }> {
  const before = statements;
  const response = await t.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.json<ListAnswer>(), statements: statements - before };
}

const LISTS = [
  { name: 'councils', url: '/api/v1/councils', reader: () => office, ids: () => created.councils },
  { name: 'rounds', url: '/api/v1/rounds', reader: () => office, ids: () => created.rounds },
  { name: 'decisions', url: '/api/v1/decisions', reader: () => leader, ids: () => created.decisions },
] as const;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-01T02:00:00Z') });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
  leader = await signInAs(t, 'leader', units.provinceA);
  otherOffice = await signInAs(t, 'standing_office', units.provinceB);
  otherLeader = await signInAs(t, 'leader', units.provinceB);
  const account = await buildAccount(t.db, {
    unit: units.provinceA,
    grants: [{ role: 'council_member', unit: units.provinceA }],
  });
  memberAccountId = account.id;
  member = await login(t.app, account.username);
  countStatements(t);
});
afterAll(async () => {
  await t.close();
});

describe('evaluation lists', () => {
  it('run the same number of statements for 3 rows as for 30', async () => {
    await addRows(units.provinceA, 3);
    await addRows(units.provinceB, 2);
    const small = new Map<string, number>();
    for (const l of LISTS) {
      await list(l.reader(), l.url); // first request of a session may warm caches
      const { body, statements: n } = await list(l.reader(), l.url);
      expect(body.total).toBe(l.ids().length);
      expect(body.items).toHaveLength(l.ids().length);
      // The count is real: reading who is signed in and the page itself are statements too.
      expect(n, `${l.name}: statements for 3 rows`).toBeGreaterThanOrEqual(2);
      small.set(l.name, n);
    }
    await addRows(units.provinceA, 27);
    for (const l of LISTS) {
      const { body, statements: n } = await list(l.reader(), l.url);
      expect(body.total).toBe(l.ids().length);
      expect(body.items).toHaveLength(l.ids().length);
      expect(n, `${l.name}: statements for 30 rows`).toBe(small.get(l.name));
    }
    expect(created.councils).toHaveLength(30);
    expect(created.rounds).toHaveLength(60);
  });

  it('page through every row exactly once, each page saying the total', async () => {
    for (const l of LISTS) {
      const seen: string[] = [];
      for (let offset = 0; offset < l.ids().length + 7; offset += 7) {
        const { body } = await list(l.reader(), `${l.url}?limit=7&offset=${offset}`);
        expect(body.total).toBe(l.ids().length);
        expect(body.items.length).toBeLessThanOrEqual(7);
        seen.push(...body.items.map((item) => item.id));
      }
      expect(seen).toHaveLength(l.ids().length);
      expect(new Set(seen)).toEqual(new Set(l.ids()));
    }
  });

  it('show members their councils and their rounds past draft, with the members of each council', async () => {
    const [first] = created.councils;
    await t.db.insert(councilMembers).values({
      councilId: first!,
      accountId: memberAccountId,
      fullName: 'Thành viên có tài khoản',
      agency: 'agriculture-and-environment',
      position: 'Chuyên viên',
      role: 'member',
    });
    const seatedCouncils = await list(member, '/api/v1/councils');
    expect(seatedCouncils.body.total).toBe(1);
    expect(seatedCouncils.body.items.map((c) => c.id)).toEqual([first]);
    const council = seatedCouncils.body.items[0] as unknown as { members: { fullName: string }[] };
    expect(council.members.map((m) => m.fullName).sort()).toEqual(
      ['Chủ tịch 1', 'Thành viên 1', 'Thành viên có tài khoản'].sort(),
    );
    const seatedRounds = await list(member, '/api/v1/rounds');
    expect(seatedRounds.body.total).toBe(1);
    expect((seatedRounds.body.items[0] as unknown as { status: string }).status).toBe('open');
    expect((await list(member, '/api/v1/decisions')).body.total).toBe(0);
  });

  it("show another province's staff none of them", async () => {
    for (const session of [otherOffice, otherLeader]) {
      for (const l of LISTS) {
        const { body } = await list(session, l.url);
        const ids = new Set(body.items.map((item) => item.id));
        expect(l.ids().filter((id) => ids.has(id))).toEqual([]);
      }
    }
    // Province B's own rows (2 councils, 4 rounds, 2 decisions) are what its office and leader see.
    expect((await list(otherOffice, '/api/v1/councils')).body.total).toBe(2);
    expect((await list(otherOffice, '/api/v1/rounds')).body.total).toBe(4);
    expect((await list(otherLeader, '/api/v1/decisions')).body.total).toBe(2);
  });

  it('refuse a page larger than 500 naming the field', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/rounds?limit=501',
      headers: office.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('limit');
  });
});
