/**
 * Evaluation fixtures: a province with a commune, producers with products whose dossiers sit in
 * the accepted pool, a council (chair + two members) and the people who act on it.
 */
import type { Database } from '../../src/db/database';
import { dossiers, producerMembers, producers, products } from '../../src/db/schema';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { sampleChoicesForTotal } from '../../src/domain/evaluation/sample-choices';
import { foldVietnamese } from '../../src/domain/text/fold-vietnamese';
import { buildAccount, buildJurisdictions, nextId, type UnitRow } from './factories';
import { login, type Session, type TestApp } from './test-app';

export async function buildPoolProduct(
  db: Database,
  commune: UnitRow,
  overrides: { set?: number; name?: string; producerAccountId?: string } = {},
) {
  const n = nextId();
  const [producer] = await db
    .insert(producers)
    .values({
      type: 'cooperative',
      name: `HTX Thử nghiệm ${n}`,
      registrationNumber: `0100${String(n).padStart(6, '0')}`,
      communeId: commune.id,
      address: 'Thôn 1',
      legalRepresentative: {
        fullName: 'Nguyễn Thị A',
        title: 'Giám đốc',
        gender: 'female',
        isEthnicMinority: false,
      },
      searchKey: foldVietnamese(`HTX Thử nghiệm ${n}`),
    })
    .returning();
  if (overrides.producerAccountId)
    await db
      .insert(producerMembers)
      .values({ producerId: producer!.id, accountId: overrides.producerAccountId, isOwner: true });
  const name = overrides.name ?? `Sản phẩm gốm ${n}`;
  const set = overrides.set ?? 21;
  const [product] = await db
    .insert(products)
    .values({ producerId: producer!.id, productSet: set, name, searchKey: foldVietnamese(name) })
    .returning();
  const [dossier] = await db
    .insert(dossiers)
    .values({
      producerId: producer!.id,
      productId: product!.id,
      communeId: commune.id,
      type: 'first',
      rubricVersionId: '148',
      productSet: set,
      procedureVersionId: '148-amended-1489',
      status: 'accepted_into_pool',
      registration: emptyRegistration(),
      versionNumber: 1,
    })
    .returning();
  return { producer: producer!, product: product!, dossier: dossier! };
}

export interface EvaluationWorld {
  units: Awaited<ReturnType<typeof buildJurisdictions>>;
  office: Session;
  chair: Session;
  member1: Session;
  member2: Session;
  outsiderMember: Session;
  leader: Session;
  producer: Session;
  producerAccountId: string;
}

export async function buildEvaluationWorld(t: TestApp): Promise<EvaluationWorld> {
  const units = await buildJurisdictions(t.db);
  const p = units.provinceA;
  const make = async (
    grants: ('standing_office' | 'council_chair' | 'council_member' | 'leader' | 'producer')[],
    unit = p,
  ) => {
    const account = await buildAccount(t.db, { unit, grants: grants.map((role) => ({ role, unit })) });
    return login(t.app, account.username);
  };
  const producerAccount = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  return {
    units,
    office: await make(['standing_office']),
    chair: await make(['council_chair', 'council_member']),
    member1: await make(['council_member']),
    member2: await make(['council_member']),
    outsiderMember: await make(['council_member']),
    leader: await make(['leader']),
    producer: await login(t.app, producerAccount.username),
    producerAccountId: producerAccount.id,
  };
}

/** Creates the council through the API (chair + two members) and returns it. */
export async function createCouncilViaApi(t: TestApp, w: EvaluationWorld) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/councils',
    headers: w.office.headers,
    payload: {
      unitId: w.units.provinceA.id,
      name: 'Hội đồng OCOP tỉnh thử nghiệm',
      termFrom: '2026-01-01',
      members: [
        {
          accountId: w.chair.accountId,
          fullName: 'Chủ tịch',
          agency: 'peoples-committee',
          position: 'Phó Chủ tịch UBND tỉnh',
          role: 'chair',
        },
        {
          accountId: w.member1.accountId,
          fullName: 'Thành viên Một',
          agency: 'agriculture-and-environment',
          position: 'Phó Giám đốc',
          role: 'member',
        },
        {
          accountId: w.member2.accountId,
          fullName: 'Thành viên Hai',
          agency: 'industry-and-trade',
          position: 'Phó Giám đốc',
          role: 'member',
        },
      ],
    },
  });
  if (res.statusCode !== 201) throw new Error(`createCouncil ${res.statusCode} ${res.body}`);
  return res.json<{ id: string; members: { id: string; accountId: string; role: string }[] }>();
}

export function choicesFor(total: number, set = 21) {
  return sampleChoicesForTotal(getRubricSheet('148', set), total).choices;
}
