import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * Authorization matrix of the dossier endpoints: producer A (the owner), producer B of the same
 * commune, the commune officers of X (the dossier's commune) and Y, the standing offices of
 * province A and B, and every other role granted in province A. Whoever cannot see the dossier
 * gets 404 (its existence does not leak); whoever sees it but may not act gets 403; refusals
 * leave the dossier as it was.
 */
let t: TestApp;
let producer: ProducerRow;
let evidenceId: string;
const actors = new Map<string, Session>();

const ACTORS = [
  'producerA',
  'producerB',
  'communeX',
  'communeY',
  'provinceA',
  'provinceB',
  'council_member',
  'council_chair',
  'leader',
  'inspector',
  'admin',
] as const;
type ActorKey = (typeof ACTORS)[number];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  const other = await buildProducer(t.db, { commune: units.communeX });
  evidenceId = (await buildEvidence(t.db, { producer })).id;
  actors.set('producerA', await signInAsProducer(t.app, t.db, producer, units.communeX));
  actors.set('producerB', await signInAsProducer(t.app, t.db, other, units.communeX));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('communeY', await signInAs(t, 'commune_officer', units.communeY));
  actors.set('provinceA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('provinceB', await signInAs(t, 'standing_office', units.provinceB));
  for (const role of ['council_member', 'council_chair', 'leader', 'inspector', 'admin'] as const)
    actors.set(role, await signInAs(t, role, units.provinceA));
});
afterAll(async () => t.close());

type Stage = 'draft' | 'submitted' | 'accepted' | 'assessed' | 'forwarded';
const STAGES: Stage[] = ['draft', 'submitted', 'accepted', 'assessed', 'forwarded'];

async function send(
  actor: ActorKey,
  method: 'POST' | 'PATCH' | 'PUT' | 'GET',
  url: string,
  payload?: object,
) {
  return t.app.inject({ method, url, headers: actors.get(actor)!.headers, ...(payload ? { payload } : {}) });
}

/** A dossier of producer A brought to `stage` through the API; returns its id and version. */
async function dossierAt(stage: Stage): Promise<{ id: string; version: number }> {
  const product = await buildProduct(t.db, { producer });
  let body = (
    await send('producerA', 'POST', '/api/v1/dossiers', { productId: product.id, type: 'first' })
  ).json<{ id: string; version: number; registration: object }>();
  body = (
    await send('producerA', 'PATCH', `/api/v1/dossiers/${body.id}`, {
      version: body.version,
      registration: { ...body.registration, sampleCount: 5 },
      answers: completeAnswers(11, [evidenceId]),
    })
  ).json();
  const steps: [ActorKey, 'POST' | 'PUT', string, object][] = [
    ['producerA', 'POST', 'submit', { truthfulnessCommitment: true }],
    ['communeX', 'POST', 'accept', {}],
    [
      'communeX',
      'PUT',
      'commune-assessment',
      { choices: communeChoices(11), conclusion: 'Đạt', assessorName: 'Cán bộ xã', assessedOn: '2026-03-02' },
    ],
    [
      'communeX',
      'POST',
      'forward',
      {
        request: { number: '1/UBND', date: '2026-03-02', signerName: 'Chủ tịch xã', signerTitle: 'Chủ tịch' },
      },
    ],
  ];
  for (const [actor, method, path, payload] of steps.slice(0, STAGES.indexOf(stage))) {
    const response = await send(actor, method, `/api/v1/dossiers/${body.id}/${path}`, {
      version: body.version,
      ...payload,
    });
    expect(response.statusCode).toBe(200);
    body = response.json();
  }
  return { id: body.id, version: body.version };
}

const VISIBLE: Record<Stage, readonly ActorKey[]> = {
  draft: ['producerA'],
  submitted: ['producerA', 'communeX'],
  accepted: ['producerA', 'communeX'],
  assessed: ['producerA', 'communeX'],
  forwarded: ['producerA', 'communeX', 'provinceA'],
};

interface Case {
  operation: string;
  stage: Stage;
  allowed: ActorKey;
  request: (d: { id: string; version: number }) => {
    method: 'POST' | 'PATCH' | 'PUT';
    url: string;
    payload: object;
  };
}

const cases: Case[] = [
  {
    operation: 'updateDossierDraft',
    stage: 'draft',
    allowed: 'producerA',
    request: (d) => ({
      method: 'PATCH',
      url: `/api/v1/dossiers/${d.id}`,
      payload: { version: d.version, answers: {} },
    }),
  },
  {
    operation: 'submitDossier',
    stage: 'draft',
    allowed: 'producerA',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/submit`,
      payload: { version: d.version, truthfulnessCommitment: true },
    }),
  },
  {
    operation: 'returnDossier (commune)',
    stage: 'submitted',
    allowed: 'communeX',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/return`,
      payload: { version: d.version, comment: 'Bổ sung' },
    }),
  },
  {
    operation: 'acceptDossier (commune)',
    stage: 'submitted',
    allowed: 'communeX',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/accept`,
      payload: { version: d.version },
    }),
  },
  {
    operation: 'submitCommuneAssessment',
    stage: 'accepted',
    allowed: 'communeX',
    request: (d) => ({
      method: 'PUT',
      url: `/api/v1/dossiers/${d.id}/commune-assessment`,
      payload: {
        version: d.version,
        choices: communeChoices(11),
        conclusion: 'Đạt',
        assessorName: 'X',
        assessedOn: '2026-03-02',
      },
    }),
  },
  {
    operation: 'forwardDossier',
    stage: 'assessed',
    allowed: 'communeX',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/forward`,
      payload: {
        version: d.version,
        request: { number: '2/UBND', date: '2026-03-02', signerName: 'A', signerTitle: 'B' },
      },
    }),
  },
  {
    operation: 'returnDossier (province)',
    stage: 'forwarded',
    allowed: 'provinceA',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/return`,
      payload: { version: d.version, comment: 'Bổ sung' },
    }),
  },
  {
    operation: 'acceptDossier (province)',
    stage: 'forwarded',
    allowed: 'provinceA',
    request: (d) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/accept`,
      payload: { version: d.version },
    }),
  },
];

describe.each(cases)('$operation', ({ stage, allowed, request }) => {
  it.each(ACTORS)('%s', async (actor) => {
    const dossier = await dossierAt(stage);
    const spec = request(dossier);
    const response = await t.app.inject({ ...spec, headers: actors.get(actor)!.headers });
    const expected = actor === allowed ? 200 : VISIBLE[stage].includes(actor) ? 403 : 404;
    expect(response.statusCode).toBe(expected);
    if (expected !== 200) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      const after = await send('producerA', 'GET', `/api/v1/dossiers/${dossier.id}`);
      expect(after.json<{ version: number }>().version).toBe(dossier.version);
    }
  });

  it('anonymous → 401', async () => {
    const dossier = await dossierAt(stage);
    expect((await t.app.inject(request(dossier))).statusCode).toBe(401);
  });
});

describe('createDossier', () => {
  it.each(ACTORS)('%s', async (actor) => {
    const product = await buildProduct(t.db, { producer });
    const response = await send(actor, 'POST', '/api/v1/dossiers', { productId: product.id, type: 'first' });
    expect(response.statusCode).toBe(actor === 'producerA' ? 201 : 403);
  });
});

describe('reads: getDossier and listDossiers show each level only its part', () => {
  it.each(STAGES)('a dossier at stage %s', async (stage) => {
    const dossier = await dossierAt(stage);
    for (const actor of ACTORS) {
      const get = await send(actor, 'GET', `/api/v1/dossiers/${dossier.id}`);
      const canSee = VISIBLE[stage].includes(actor);
      expect({ actor, status: get.statusCode }).toEqual({ actor, status: canSee ? 200 : 404 });
      const list = await send(actor, 'GET', '/api/v1/dossiers?limit=200');
      expect(list.statusCode).toBe(200);
      const ids = list.json<{ items: { id: string }[] }>().items.map((i) => i.id);
      expect({ actor, listed: ids.includes(dossier.id) }).toEqual({ actor, listed: canSee });
      for (const sub of ['diff?from=previous', 'criteria', 'evidence-options']) {
        if (canSee) continue;
        expect((await send(actor, 'GET', `/api/v1/dossiers/${dossier.id}/${sub}`)).statusCode).toBe(404);
      }
    }
  });
});
