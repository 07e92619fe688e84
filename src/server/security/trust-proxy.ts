import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import ipaddr from 'ipaddr.js';

/**
 * Which reverse proxies may tell us the client's address (`X-Forwarded-For`), in the forms
 * Fastify's `trustProxy` takes: `false` (none — the default), a hop count (the last N proxies in
 * front of us), or a list of proxy addresses / CIDR ranges (also `loopback`, `linklocal`,
 * `uniquelocal`). Never "every hop": then any client could write its own address.
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || address === undefined) return false;
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return false;
  return bits === undefined || ipaddr.isValidCIDR(entry);
}

/**
 * Reads the `TRUST_PROXY` setting. Returns the setting or a message (Vietnamese / English) saying
 * what is wrong with it; `true` is refused because it trusts every hop.
 */
export function parseTrustProxy(value: string): { trustProxy: TrustProxy } | { error: string } {
  const text = value.trim();
  if (text === '' || text === 'false' || text === '0') return { trustProxy: false };
  if (text === 'true') {
    return {
      error:
        '"true" tin mọi máy chuyển tiếp, nên ai cũng tự khai được địa chỉ của mình; hãy đặt số proxy phía trước (vd. 1 cho một nginx) hoặc địa chỉ/dải của chúng (vd. 127.0.0.1,10.0.0.0/8) / ' +
        '"true" trusts every hop, so any client could set its own address; set the number of proxies in front (e.g. 1 for one nginx) or their addresses/ranges (e.g. 127.0.0.1,10.0.0.0/8)',
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { trustProxy: hops } : { error: 'số proxy từ 0 đến 10 / a hop count from 0 to 10' };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    return { error: `không phải địa chỉ hay dải địa chỉ / not an address or range: ${invalid.join(', ')}` };
  }
  return { trustProxy: entries };
}

/**
 * The setting as Fastify's `trustProxy` option. A hop count becomes a function trusting the last
 * `hops` addresses, because Fastify ≥ 5.12 treats a bare number as "trust nothing" (it cannot
 * check that the nearest peer really is a proxy — see the operator docs: with a hop count the
 * server must be reachable only through its proxies).
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return setting === 0 ? false : (_address, hop) => hop < setting;
}

/**
 * The client's address as Fastify's `request.ip` reads it under `setting`, for code that answers
 * before Fastify builds a request (the front door): the socket's address, or with trusted proxies
 * the furthest address they vouch for.
 */
export function clientAddressReader(setting: TrustProxy): (req: IncomingMessage) => string {
  const trust = fastifyTrustProxy(setting);
  if (!trust) return (req) => req.socket.remoteAddress ?? '';
  const trusts = typeof trust === 'function' ? trust : proxyAddr.compile(trust);
  return (req) => proxyAddr(req, trusts);
}
