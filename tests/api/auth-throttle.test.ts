import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/server/config';
import { buildAccount, buildJurisdictions, TEST_PASSWORD } from '../helpers/factories';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * Failed sign-ins are throttled per account and client network and per client, never by locking
 * the account: an attacker elsewhere cannot keep the owner out, and an unknown username gets the
 * very same answers as a known one.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
});
afterAll(async () => t.close());

function attempt(
  app: TestApp,
  username: string,
  password: string,
  remoteAddress: string,
  headers: Record<string, string> = {},
) {
  return app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers,
    payload: { username, password },
  });
}

/** What a client sees of an answer, without the members that differ per request. */
function visible(response: LightMyRequestResponse) {
  const { requestId: _requestId, instance: _instance, ...body } = response.json<Record<string, unknown>>();
  return {
    status: response.statusCode,
    retryAfter: response.headers['retry-after'],
    contentType: response.headers['content-type'],
    body,
  };
}

describe('an attacker guessing one account', () => {
  it('slows only its own network: the owner from another network signs in at once', async () => {
    const owner = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'producer', unit: units.communeX }],
    });
    // The clock stands still: on a slow machine a second may pass between guesses.
    t.setNow(new Date());
    const answers: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      answers.push((await attempt(t, owner.username, `doan-mo-${i}`, `203.0.113.${10 + i}`)).statusCode);
    }
    // Five guesses are answered, then the network must wait (the /24 counts as one network).
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.slice(5).every((status) => status === 429)).toBe(true);

    const fromHome = await attempt(t, owner.username, TEST_PASSWORD, '198.51.100.20');
    expect(fromHome.statusCode).toBe(200);
    // Even the right password waits from the attacker's network: it cannot be used to test guesses.
    const refused = await attempt(t, owner.username, TEST_PASSWORD, '203.0.113.99');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('makes every further guess wait longer, and lets the network try again once the wait is over', async () => {
    const owner = await buildAccount(t.db, { unit: units.communeX });
    const start = Date.now();
    let now = start;
    t.setNow(new Date(now));
    try {
      for (let i = 0; i < 5; i += 1)
        expect((await attempt(t, owner.username, 'sai-mat-khau', '192.0.2.1')).statusCode).toBe(401);
      const waits: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const refused = await attempt(t, owner.username, 'sai-mat-khau', '192.0.2.1');
        expect(refused.statusCode).toBe(429);
        const wait = Number(refused.headers['retry-after']);
        waits.push(wait);
        now += wait * 1000;
        t.setNow(new Date(now));
        expect((await attempt(t, owner.username, 'sai-mat-khau', '192.0.2.1')).statusCode).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4, 8]);
      // The owner, from that very network, still gets in after the wait — and that clears the count.
      const refused = await attempt(t, owner.username, TEST_PASSWORD, '192.0.2.1');
      now += Number(refused.headers['retry-after']) * 1000;
      t.setNow(new Date(now));
      expect((await attempt(t, owner.username, TEST_PASSWORD, '192.0.2.1')).statusCode).toBe(200);
      expect((await attempt(t, owner.username, 'mot-lan-go-nham', '192.0.2.1')).statusCode).toBe(401);
    } finally {
      t.setNow(new Date());
    }
  });
});

describe('unknown usernames', () => {
  it('get exactly the answers a known username gets: status, code, message and Retry-After', async () => {
    const known = await buildAccount(t.db, { unit: units.communeX });
    const transcript = async (username: string, remoteAddress: string) => {
      const answers = [];
      for (let i = 0; i < 7; i += 1)
        answers.push(visible(await attempt(t, username, 'khong-dung', remoteAddress)));
      return answers;
    };
    const frozen = new Date();
    t.setNow(frozen);
    try {
      const forKnown = await transcript(known.username, '100.64.1.1');
      const forUnknown = await transcript('khong-ai-co-ten-nay', '100.64.2.1');
      expect(forUnknown).toEqual(forKnown);
      expect(forKnown.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
      expect(forKnown[5]).toMatchObject({ retryAfter: '1', body: { code: 'RATE_LIMITED' } });
      expect(JSON.stringify(forKnown)).not.toContain('ACCOUNT_LOCKED');
    } finally {
      t.setNow(new Date());
    }
  });
});

describe('behind a proxy', () => {
  it('refuses TRUST_PROXY=true at start-up, saying what to set instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*every hop/s);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it.each([
    ['TRUST_PROXY=1', 1],
    ['TRUST_PROXY=10.0.0.2', ['10.0.0.2']],
  ] as const)(
    'with %s, an X-Forwarded-For entry the client wrote does not change the address the throttle sees',
    async (_, trustProxy) => {
      const behindProxy = await createTestApp({
        now: new Date(),
        config: { trustProxy: typeof trustProxy === 'number' ? trustProxy : [...trustProxy] },
      });
      try {
        const proxy = '10.0.0.2';
        const guess = (i: number, client: string) =>
          attempt(behindProxy, `spray-${i}`, 'khong-dung', proxy, {
            'x-forwarded-for': `198.18.${i % 250}.${i % 200}, ${client}`,
          });
        for (let i = 0; i < 50; i += 1) expect((await guess(i, '203.0.113.77')).statusCode).toBe(401);
        const refused = await guess(50, '203.0.113.77');
        expect(refused.statusCode).toBe(429);
        expect(refused.headers['retry-after']).toBe('60');
        // Another client behind the same proxy (the address the proxy appended) is not affected.
        expect((await guess(51, '203.0.113.78')).statusCode).toBe(401);
      } finally {
        await behindProxy.close();
      }
    },
  );
});
