import { describe, expect, it } from 'vitest';
import { clientNetworkOf } from './client-network';

describe('clientNetworkOf', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7', '203.0.113.0/24'],
    ['::ffff:203.0.113.7', '203.0.113.7', '203.0.113.0/24'],
    ['2001:db8:abcd:12:1::7', '2001:db8:abcd:12::/64', '2001:db8:abcd::/48'],
    ['2001:0db8:abcd:0012:ffff:0:0:1', '2001:db8:abcd:12::/64', '2001:db8:abcd::/48'],
    ['not-an-address', 'not-an-address', 'not-an-address'],
  ])('%s → source %s, network %s', (address, source, network) => {
    expect(clientNetworkOf(address)).toEqual({ source, network });
  });

  it('puts neighbours in one network and other networks apart', () => {
    expect(clientNetworkOf('198.51.100.1').network).toBe(clientNetworkOf('198.51.100.254').network);
    expect(clientNetworkOf('198.51.100.1').network).not.toBe(clientNetworkOf('198.51.101.1').network);
  });
});
