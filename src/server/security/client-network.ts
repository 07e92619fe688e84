import ipaddr from 'ipaddr.js';

/**
 * Where a request comes from, at two sizes, for throttling sign-in attempts:
 * - `source`: one client — an IPv4 address, or an IPv6 /64 (what one subscriber usually gets, so
 *   hopping between the addresses of one line does not buy fresh attempts);
 * - `network`: the neighbourhood — IPv4 /24, IPv6 /48. Failures against one account are counted
 *   per network, so an attacker elsewhere can slow down only its own guesses, never the owner.
 * An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) counts as IPv4. Something that is not an
 * address at all (a test double, a Unix socket) is its own source and network.
 */
export interface ClientNetwork {
  source: string;
  network: string;
}

function ipv6Prefix(parts: readonly number[], groups: number): string {
  return `${parts
    .slice(0, groups)
    .map((part) => part.toString(16))
    .join(':')}::/${groups * 16}`;
}

/** The source and network of a client address (see {@link ClientNetwork}). */
export function clientNetworkOf(address: string): ClientNetwork {
  if (!ipaddr.isValid(address)) return { source: address, network: address };
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') {
    const octets = (ip as ipaddr.IPv4).octets;
    return { source: ip.toString(), network: `${octets.slice(0, 3).join('.')}.0/24` };
  }
  const parts = (ip as ipaddr.IPv6).parts;
  return { source: ipv6Prefix(parts, 4), network: ipv6Prefix(parts, 3) };
}
