import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the service's own outbound requests (link previews, intranet feeds) may connect to. They fetch
 * addresses people type, so each must be checked where the connection is made, or a URL could lead the service
 * into the organisation's network or to the cloud host's identity endpoints.
 */
export interface OutboundAddressSettings {
  /** Local runs and tests: pages and feeds served on this machine or the local network. */
  allowPrivate: boolean;
  /** CIDR ranges of the intranet an administrator allows in production (`INTRANET_ADDRESS_RANGES`). */
  intranetRanges: readonly string[];
}

type Range = readonly [network: string, prefix: number];

/**
 * Never, whatever the settings: the cloud host's metadata and platform endpoints (instance metadata and managed
 * identity at 169.254.169.254, Azure's wire server 168.63.129.16, the IPv6 metadata address), link-local,
 * unspecified, multicast and reserved addresses, and NAT64 prefixes, which reach any IPv4 address through the
 * network's translator. IPv4 addresses written as IPv6 (`::ffff:7f00:1`) match the IPv4 rules.
 */
const NEVER: readonly Range[] = [
  ['0.0.0.0', 8],
  ['169.254.0.0', 16],
  ['168.63.129.16', 32],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
  ['::', 128],
  ['fe80::', 10],
  ['ff00::', 8],
  ['fd00:ec2::254', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
];

/** Not on the internet: loopback, private and shared networks, documentation and benchmark ranges, tunnels. */
const NOT_PUBLIC: readonly Range[] = [
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  // IPv4-compatible addresses (deprecated), loopback among them.
  ['::', 96],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
];

const never = blockList(NEVER);
const notPublic = blockList(NOT_PUBLIC);

/** `10.20.0.0/16` or `fd12:3456::/48`, as `INTRANET_ADDRESS_RANGES` lists them; undefined if malformed. */
export function parseRange(text: string): Range | undefined {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const [, network, bits] = match as unknown as [string, string, string];
  const family = isIP(network);
  const prefix = Number(bits);
  if (family === 0 || prefix > (family === 4 ? 32 : 128)) return undefined;
  return [network, prefix];
}

/** The check a guarded request applies to every address it is about to connect to. */
export function outboundAddressPolicy(settings: OutboundAddressSettings): (address: string) => boolean {
  const intranet = blockList(
    settings.intranetRanges.map((text) => {
      const range = parseRange(text);
      if (!range) throw new Error(`Not an address range: ${text}`);
      return range;
    }),
  );
  return (written) => {
    // A zone (`fe80::1%eth0`) names an interface, not another address.
    const [address = ''] = written.split('%');
    const type = familyOf(address);
    if (!type || never.check(address, type)) return false;
    if (intranet.check(address, type)) return true;
    return settings.allowPrivate || !notPublic.check(address, type);
  };
}

function familyOf(address: string): 'ipv4' | 'ipv6' | undefined {
  switch (isIP(address)) {
    case 4:
      return 'ipv4';
    case 6:
      return 'ipv6';
    default:
      return undefined;
  }
}

function blockList(ranges: readonly Range[]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges)
    list.addSubnet(network, prefix, isIP(network) === 4 ? 'ipv4' : 'ipv6');
  return list;
}
