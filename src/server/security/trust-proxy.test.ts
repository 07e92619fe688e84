import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientAddressReader, fastifyTrustProxy, parseTrustProxy, type TrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ] as const)('%j → %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual({ trustProxy: expected });
  });

  it.each(['true', 'yes', '10.0.0.0/33', '10.0.0', 'nginx', '11', '1.2.3.4/8/1'])(
    'refuses %j with a message',
    (value) => {
      const parsed = parseTrustProxy(value);
      expect('error' in parsed && parsed.error.length > 0).toBe(true);
    },
  );

  it('says why "true" is refused and what to set instead', () => {
    const parsed = parseTrustProxy('true');
    const message = 'error' in parsed ? parsed.error : '';
    expect(message).toContain('every hop');
    expect(message).toContain('e.g. 1 for one nginx');
  });
});

describe('fastifyTrustProxy', () => {
  it('trusts exactly the last N hops for a hop count, nothing for none, and passes address lists on', () => {
    const twoHops = fastifyTrustProxy(2);
    expect(typeof twoHops).toBe('function');
    const trust = twoHops as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => trust('10.0.0.1', hop))).toEqual([true, true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(0)).toBe(false);
    expect(fastifyTrustProxy(['127.0.0.1'])).toEqual(['127.0.0.1']);
  });
});

describe('clientAddressReader', () => {
  // The front door answers before Fastify builds a request: it must read the very address
  // `request.ip` reads, or the per-network limit and the scan's network would differ between them.
  it.each([
    [false, undefined],
    [false, '203.0.113.9'],
    [1, '203.0.113.9'],
    [1, '198.51.100.1, 203.0.113.9'],
    [2, '198.51.100.1, 203.0.113.9'],
    [['127.0.0.1'], '203.0.113.9'],
    [['loopback'], '198.51.100.1, 203.0.113.9'],
    [['10.0.0.0/8'], '203.0.113.9'],
  ] as [TrustProxy, string | undefined][])(
    'trusting %j, X-Forwarded-For %j: as request.ip',
    async (setting, forwarded) => {
      const read = clientAddressReader(setting);
      const app = Fastify({ trustProxy: fastifyTrustProxy(setting) });
      app.get('/', async (request) => ({ ip: request.ip, ours: read(request.raw) }));
      const response = await app.inject({
        url: '/',
        headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      });
      const { ip, ours } = response.json<{ ip: string; ours: string }>();
      expect(ours).toBe(ip);
      await app.close();
    },
  );
});
