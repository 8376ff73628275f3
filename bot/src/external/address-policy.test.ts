import { describe, expect, it } from 'vitest';
import { outboundAddressPolicy, parseRange } from './address-policy';

const production = outboundAddressPolicy({ allowPrivate: false, intranetRanges: [] });
const productionWithIntranet = outboundAddressPolicy({
  allowPrivate: false,
  intranetRanges: ['10.20.0.0/16', 'fd12:3456::/48'],
});
const local = outboundAddressPolicy({ allowPrivate: true, intranetRanges: [] });

/** Every way of writing an address that a hostile URL or DNS answer may use, and whom it reaches. */
const NEVER = [
  ['instance metadata', '169.254.169.254'],
  ['instance metadata, IPv4-mapped', '::ffff:169.254.169.254'],
  ['instance metadata, IPv4-mapped in hexadecimal', '::ffff:a9fe:a9fe'],
  ['Azure platform (wire server)', '168.63.129.16'],
  ['Azure platform, IPv4-mapped', '::ffff:a83f:8110'],
  ['IPv6 metadata', 'fd00:ec2::254'],
  ['link-local IPv6', 'fe80::1'],
  ['link-local IPv6 with a zone', 'fe80::1%eth0'],
  ['NAT64 to loopback', '64:ff9b::7f00:1'],
  ['NAT64 to metadata', '64:ff9b::a9fe:a9fe'],
  ['local-use NAT64', '64:ff9b:1::a00:1'],
  ['unspecified', '0.0.0.0'],
  ['unspecified IPv6', '::'],
  ['this network', '0.1.2.3'],
  ['multicast', '224.0.0.1'],
  ['multicast IPv6', 'ff02::1'],
  ['broadcast', '255.255.255.255'],
] as const;

const PRIVATE = [
  ['loopback', '127.0.0.1'],
  ['loopback elsewhere in 127/8', '127.1.2.3'],
  ['loopback IPv6', '::1'],
  ['loopback, IPv4-mapped', '::ffff:127.0.0.1'],
  ['loopback, IPv4-mapped in hexadecimal', '::ffff:7f00:1'],
  ['IPv4-compatible loopback', '::7f00:1'],
  ['private 10/8', '10.1.2.3'],
  ['private 10/8, IPv4-mapped', '::ffff:a01:203'],
  ['private 172.16/12', '172.20.0.1'],
  ['private 192.168/16', '192.168.1.10'],
  ['shared address space', '100.64.0.1'],
  ['unique local IPv6', 'fd00::1'],
  ['documentation', '192.0.2.10'],
  ['documentation IPv6', '2001:db8::1'],
  ['6to4 (embeds an IPv4 address)', '2002:7f00:1::1'],
  ['Teredo', '2001:0:4136:e378::1'],
] as const;

describe('outboundAddressPolicy', () => {
  it.each(NEVER)('never reaches %s (%s), even locally', (_what, address) => {
    expect(production(address)).toBe(false);
    expect(local(address)).toBe(false);
    expect(productionWithIntranet(address)).toBe(false);
  });

  it.each(PRIVATE)('reaches %s (%s) only locally', (_what, address) => {
    expect(production(address)).toBe(false);
    expect(local(address)).toBe(true);
  });

  it('reaches the internet everywhere', () => {
    for (const address of [
      '93.184.215.14',
      '52.1.2.3',
      '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
      '::ffff:5db8:d70e',
    ]) {
      expect(production(address), address).toBe(true);
      expect(local(address), address).toBe(true);
    }
  });

  it('reaches in production only the intranet ranges an administrator lists', () => {
    expect(productionWithIntranet('10.20.3.4')).toBe(true);
    expect(productionWithIntranet('::ffff:10.20.3.4')).toBe(true);
    expect(productionWithIntranet('fd12:3456::10')).toBe(true);
    expect(productionWithIntranet('10.21.0.1')).toBe(false);
    expect(productionWithIntranet('127.0.0.1')).toBe(false);
  });

  it('refuses what is not an address at all (a name is resolved first)', () => {
    expect(local('localhost')).toBe(false);
    expect(local('')).toBe(false);
  });
});

describe('parseRange', () => {
  it('reads IPv4 and IPv6 CIDR ranges and refuses anything else', () => {
    expect(parseRange('10.20.0.0/16')).toEqual(['10.20.0.0', 16]);
    expect(parseRange(' fd12:3456::/48 ')).toEqual(['fd12:3456::', 48]);
    for (const text of ['10.20.0.0', '10.20.0.0/33', 'fd12::/129', 'intranet/8', '10.0.0.0/-1']) {
      expect(parseRange(text), text).toBeUndefined();
    }
  });
});
