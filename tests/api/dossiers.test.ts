import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { dossierVersions } from '../../src/db/schema';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  communeChoices,
  completeAnswers,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: ProducerRow;
let producerSession: Session;
let commune: Session;
let province: Session;
let evidenceIds: string[];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  commune = await signInAs(t, 'commune_officer', units.communeX);
  province = await signInAs(t, 'standing_office', units.provinceA);
  evidenceIds = [
    (await buildEvidence(t.db, { producer, title: 'Giấy đăng ký HTX' })).id,
    (await buildEvidence(t.db, { producer, title: 'Phiếu kiểm nghiệm' })).id,
  ];
});
afterAll(async () => t.close());

type Json = Record<string, unknown> & { id: string; version: number; status: string };

async function call(
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) {
  const response = await t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    ...(session ? { headers: session.headers } : {}),
  });
  return { status: response.statusCode, body: response.json<Json>() };
}

async function newCompleteDossier(productSet = 11): Promise<Json> {
  const product = await buildProduct(t.db, { producer, productSet });
  const created = await call(producerSession, 'POST', '/api/v1/dossiers', {
    productId: product.id,
    type: 'first',
  });
  expect(created.status).toBe(201);
  const registration = { ...(created.body.registration as object), sampleCount: productSet === 26 ? 0 : 5 };
  const saved = await call(producerSession, 'PATCH', `/api/v1/dossiers/${created.body.id}`, {
    version: created.body.version,
    registration,
    answers: completeAnswers(productSet, evidenceIds),
  });
  expect(saved.status).toBe(200);
  return saved.body;
}

describe('the dossier journey through the API (148 amended by 1489)', () => {
  it('goes from draft to the provincial pool, with versions, comments, Biểu 3 and the written request', async () => {
    const product = await buildProduct(t.db, { producer, productSet: 11 });
    const created = await call(producerSession, 'POST', '/api/v1/dossiers', {
      productId: product.id,
      type: 'first',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      rubricVersionId: '148',
      procedureVersionId: '148-amended-1489',
      route: 'province',
      productSet: 11,
      versionNumber: 0,
    });
    expect(
      (created.body.registration as { legalRepresentative: { fullName: string } }).legalRepresentative
        .fullName,
    ).toBe('Nguyễn Thị Hằng');
    const completeness = created.body.completeness as { isComplete: boolean; missing: { kind: string }[] };
    expect(completeness.isComplete).toBe(false);
    expect(completeness.missing.some((m) => m.kind === 'samples')).toBe(true);

    const incomplete = await call(producerSession, 'POST', `/api/v1/dossiers/${created.body.id}/submit`, {
      version: created.body.version,
      truthfulnessCommitment: true,
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('VALIDATION_FAILED');

    const registration = { ...(created.body.registration as object), sampleCount: 5 };
    const saved = await call(producerSession, 'PATCH', `/api/v1/dossiers/${created.body.id}`, {
      version: created.body.version,
      registration,
      answers: completeAnswers(11, evidenceIds),
    });
    expect(saved.status).toBe(200);
    expect((saved.body.completeness as { isComplete: boolean }).isComplete).toBe(true);
    expect((saved.body.selfScore as { total: number }).total).toBeGreaterThan(0);
    expect(saved.body.allowedActions).toEqual(['edit', 'submit']);

    const stale = await call(producerSession, 'PATCH', `/api/v1/dossiers/${created.body.id}`, {
      version: created.body.version,
      answers: {},
    });
    expect(stale.status).toBe(409);

    const submitted = await call(producerSession, 'POST', `/api/v1/dossiers/${created.body.id}/submit`, {
      version: saved.body.version,
      truthfulnessCommitment: true,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', versionNumber: 1 });
    const id = submitted.body.id;

    const frozenEdit = await call(producerSession, 'PATCH', `/api/v1/dossiers/${id}`, {
      version: submitted.body.version,
      answers: {},
    });
    expect(frozenEdit.status).toBe(409);
    expect(frozenEdit.body.code).toBe('INVALID_TRANSITION');

    const returned = await call(commune, 'POST', `/api/v1/dossiers/${id}/return`, {
      version: submitted.body.version,
      comment: 'Bổ sung minh chứng vùng nguyên liệu',
      items: [{ item: 'A.1.a', comment: 'Thiếu xác nhận vùng nguyên liệu của UBND xã' }],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned_by_commune');
    const notes = await call(producerSession, 'GET', '/api/v1/notifications');
    expect((notes.body.items as { bodyVi: string }[])[0]!.bodyVi).toContain(
      'Bổ sung minh chứng vùng nguyên liệu',
    );

    const answers = returned.body.answers as Record<
      string,
      { option: number; evidenceIds: string[]; note: string }
    >;
    const supplemented = await call(producerSession, 'PATCH', `/api/v1/dossiers/${id}`, {
      version: returned.body.version,
      answers: { 'A.1.a': { ...answers['A.1.a']!, note: 'Đã bổ sung xác nhận của UBND xã' } },
    });
    const resubmitted = await call(producerSession, 'POST', `/api/v1/dossiers/${id}/submit`, {
      version: supplemented.body.version,
      truthfulnessCommitment: true,
    });
    expect(resubmitted.body).toMatchObject({ status: 'submitted', versionNumber: 2 });
    const diff = await call(commune, 'GET', `/api/v1/dossiers/${id}/diff?from=1&to=2`);
    expect(diff.body.changes).toEqual([
      {
        section: 'note',
        item: 'A.1.a',
        labelVi: 'Tiêu chí A.1.a: ghi chú',
        before: null,
        after: 'Đã bổ sung xác nhận của UBND xã',
      },
    ]);

    const accepted = await call(commune, 'POST', `/api/v1/dossiers/${id}/accept`, {
      version: resubmitted.body.version,
    });
    expect(accepted.body.status).toBe('accepted_by_commune');
    const earlyForward = await call(commune, 'POST', `/api/v1/dossiers/${id}/forward`, {
      version: accepted.body.version,
      request: {
        number: '12/UBND',
        date: '2026-03-03',
        signerName: 'Lê Văn Bình',
        signerTitle: 'Chủ tịch UBND xã',
      },
    });
    expect(earlyForward.status).toBe(409);
    const badAssessment = await call(commune, 'PUT', `/api/v1/dossiers/${id}/commune-assessment`, {
      version: accepted.body.version,
      choices: { 'A.1.a': { option: 1, note: '' } },
      conclusion: '',
      assessorName: 'Lê Văn Bình',
      assessedOn: '2026-03-03',
    });
    expect(badAssessment.status).toBe(400);
    const assessed = await call(commune, 'PUT', `/api/v1/dossiers/${id}/commune-assessment`, {
      version: accepted.body.version,
      choices: communeChoices(11),
      conclusion: 'Đạt yêu cầu',
      assessorName: 'Lê Văn Bình',
      assessedOn: '2026-03-03',
    });
    expect(assessed.status).toBe(200);
    expect(assessed.body.status).toBe('commune_assessed');
    expect(await call(province, 'GET', `/api/v1/dossiers/${id}`)).toMatchObject({ status: 404 });

    const forwarded = await call(commune, 'POST', `/api/v1/dossiers/${id}/forward`, {
      version: assessed.body.version,
      request: {
        number: '12/UBND',
        date: '2026-03-03',
        signerName: 'Lê Văn Bình',
        signerTitle: 'Chủ tịch UBND xã',
      },
    });
    expect(forwarded.body).toMatchObject({
      status: 'forwarded_to_province',
      forwardRequest: { number: '12/UBND' },
    });
    const seen = await call(province, 'GET', `/api/v1/dossiers/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toEqual(['province.return', 'province.accept']);
    const pooled = await call(province, 'POST', `/api/v1/dossiers/${id}/accept`, {
      version: seen.body.version,
      comment: 'Đủ điều kiện đưa vào đợt đánh giá',
    });
    expect(pooled.body.status).toBe('accepted_into_pool');
    const events = (pooled.body.events as { action: string }[]).map((e) => e.action);
    expect(events).toEqual([
      'create',
      'submit',
      'commune.return',
      'submit',
      'commune.accept',
      'commune.assess',
      'commune.forward',
      'province.accept',
    ]);
    expect(pooled.body.versions).toHaveLength(2);
  });

  it('refuses a stale intake decision with 409 and changes nothing', async () => {
    const dossier = await newCompleteDossier();
    const submitted = await call(producerSession, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {
      version: dossier.version,
      truthfulnessCommitment: true,
    });
    const stale = await call(commune, 'POST', `/api/v1/dossiers/${dossier.id}/accept`, {
      version: dossier.version,
    });
    expect(stale.status).toBe(409);
    expect((await call(commune, 'GET', `/api/v1/dossiers/${dossier.id}`)).body.version).toBe(
      submitted.body.version,
    );
  });

  it("refuses evidence from another producer's library, naming the field", async () => {
    const other = await buildProducer(t.db, { commune: units.communeX });
    const foreign = await buildEvidence(t.db, { producer: other });
    const dossier = await newCompleteDossier();
    const response = await call(producerSession, 'PATCH', `/api/v1/dossiers/${dossier.id}`, {
      version: dossier.version,
      answers: { 'A.1.a': { option: 1, evidenceIds: [foreign.id], note: '' } },
    });
    expect(response.status).toBe(400);
    expect((response.body.errors as { field: string }[])[0]!.field).toBe('answers.A.1.a.evidenceIds');
  });
});

describe('two concurrent submits of the same dossier', () => {
  it('one succeeds, the other gets 409, and exactly one version exists', async () => {
    const dossier = await newCompleteDossier();
    const submit = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${dossier.id}/submit`,
        payload: { version: dossier.version, truthfulnessCommitment: true },
        headers: producerSession.headers,
      });
    const results = await Promise.all([submit(), submit()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [count] = await t.db
      .select({ n: sql`count(*)` })
      .from(dossierVersions)
      .where(eq(dossierVersions.dossierId, dossier.id));
    expect(toCount(count?.n)).toBe(1);
  });
});

describe('upgrade (nâng hạng) from an earlier dossier', () => {
  it('carries every answer and evidence link; its diff shows only what the producer changed', async () => {
    const first = await newCompleteDossier();
    let current = (
      await call(producerSession, 'POST', `/api/v1/dossiers/${first.id}/submit`, {
        version: first.version,
        truthfulnessCommitment: true,
      })
    ).body;
    current = (
      await call(commune, 'POST', `/api/v1/dossiers/${first.id}/accept`, { version: current.version })
    ).body;
    current = (
      await call(commune, 'PUT', `/api/v1/dossiers/${first.id}/commune-assessment`, {
        version: current.version,
        choices: communeChoices(11),
        conclusion: 'Đạt',
        assessorName: 'Lê Văn Bình',
        assessedOn: '2026-03-03',
      })
    ).body;
    current = (
      await call(commune, 'POST', `/api/v1/dossiers/${first.id}/forward`, {
        version: current.version,
        request: {
          number: '15/UBND',
          date: '2026-03-04',
          signerName: 'Lê Văn Bình',
          signerTitle: 'Chủ tịch',
        },
      })
    ).body;
    current = (
      await call(province, 'POST', `/api/v1/dossiers/${first.id}/accept`, { version: current.version })
    ).body;
    expect(current.status).toBe('accepted_into_pool');

    const productId = (first.product as { id: string }).id;
    const refusedFirst = await call(producerSession, 'POST', '/api/v1/dossiers', {
      productId,
      type: 'upgrade',
    });
    expect(refusedFirst.status).toBe(400);
    const upgrade = await call(producerSession, 'POST', '/api/v1/dossiers', {
      productId,
      type: 'upgrade',
      previousDossierId: first.id,
    });
    expect(upgrade.status).toBe(201);
    expect(upgrade.body.answers).toEqual(current.answers);
    expect(upgrade.body.registration).toEqual(current.registration);
    expect(
      (await call(producerSession, 'GET', `/api/v1/dossiers/${upgrade.body.id}/diff`)).body.changes,
    ).toEqual([]);

    const newEvidence = await buildEvidence(t.db, { producer, title: 'Chứng nhận VietGAP 2026' });
    const answers = upgrade.body.answers as Record<
      string,
      { option: number; evidenceIds: string[]; note: string }
    >;
    const changed = await call(producerSession, 'PATCH', `/api/v1/dossiers/${upgrade.body.id}`, {
      version: upgrade.body.version,
      answers: {
        'C.8.a': {
          ...answers['C.8.a']!,
          option: 2,
          evidenceIds: [...answers['C.8.a']!.evidenceIds, newEvidence.id],
        },
      },
    });
    expect(changed.status).toBe(200);
    const diff = await call(producerSession, 'GET', `/api/v1/dossiers/${upgrade.body.id}/diff`);
    expect(
      (diff.body.changes as { section: string; item: string; after: string }[]).map(
        (c) => `${c.section}:${c.item}`,
      ),
    ).toEqual(['answer:C.8.a', 'evidence:C.8.a']);
    expect((diff.body.changes as { after: string }[])[1]!.after).toBe('Chứng nhận VietGAP 2026');
  });
});

describe('work queues and notifications', () => {
  it('each role sees what waits for it, with counts and deadlines', async () => {
    const dossier = await newCompleteDossier();
    await call(producerSession, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {
      version: dossier.version,
      truthfulnessCommitment: true,
    });
    const communeQueue = await call(commune, 'GET', '/api/v1/queue');
    const item = (
      communeQueue.body.items as { id: string; task: string; deadline: { dueOn: string } }[]
    ).find((i) => i.id === dossier.id);
    expect(item).toMatchObject({ task: 'to_check', deadline: { dueOn: '2026-03-09' } });
    expect((communeQueue.body.counts as Record<string, number>).to_check).toBeGreaterThanOrEqual(1);
    const producerQueue = await call(producerSession, 'GET', '/api/v1/queue');
    expect((producerQueue.body.items as { id: string }[]).some((i) => i.id === dossier.id)).toBe(false);
    const provinceQueue = await call(province, 'GET', '/api/v1/queue');
    expect((provinceQueue.body.items as { id: string }[]).some((i) => i.id === dossier.id)).toBe(false);

    const communeNotes = await call(commune, 'GET', '/api/v1/notifications?unreadOnly=true');
    const note = (communeNotes.body.items as { id: string; entityId: string }[]).find(
      (n) => n.entityId === dossier.id,
    );
    expect(note).toBeDefined();
    expect((await call(commune, 'POST', `/api/v1/notifications/${note!.id}/read`)).status).toBe(200);
    const after = await call(commune, 'GET', '/api/v1/notifications?unreadOnly=true');
    expect(after.body.unreadCount).toBe((communeNotes.body.unreadCount as number) - 1);
  });
});

describe('historical dossiers under the original 148 procedure', () => {
  it('route through the district level', async () => {
    t.setNow(new Date('2024-05-06T08:00:00Z'));
    try {
      const dossier = await newCompleteDossier();
      expect(dossier).toMatchObject({ procedureVersionId: '148-original', route: 'district' });
      let current = (
        await call(producerSession, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, {
          version: dossier.version,
          truthfulnessCommitment: true,
        })
      ).body;
      current = (
        await call(commune, 'POST', `/api/v1/dossiers/${dossier.id}/accept`, { version: current.version })
      ).body;
      current = (
        await call(commune, 'PUT', `/api/v1/dossiers/${dossier.id}/commune-assessment`, {
          version: current.version,
          choices: communeChoices(11),
          conclusion: 'Đạt',
          assessorName: 'A',
          assessedOn: '2024-05-07',
        })
      ).body;
      current = (
        await call(commune, 'POST', `/api/v1/dossiers/${dossier.id}/forward`, {
          version: current.version,
          request: { number: '3/UBND', date: '2024-05-07', signerName: 'B', signerTitle: 'Chủ tịch' },
        })
      ).body;
      expect(current.status).toBe('forwarded_to_district');
      const district = await call(province, 'POST', `/api/v1/dossiers/${dossier.id}/return`, {
        version: current.version,
        comment: 'Thiếu phiếu kiểm nghiệm',
      });
      expect(district.body.status).toBe('returned_by_district');
    } finally {
      t.setNow(new Date('2026-03-02T08:00:00Z'));
    }
  });
});
