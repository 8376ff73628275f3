import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundAddressPolicy } from '../../bot/src/external/address-policy';
import { fetchFeed } from '../../bot/src/external/feed-fetcher';
import { guardedGet, GuardedRequestError } from '../../bot/src/external/guarded-request';
import type { Resolve } from '../../bot/src/external/guarded-request';

/** A server on this machine standing for what an attacker wants to reach: it counts every request. */
let target: http.Server;
let port: number;
let hits = 0;
beforeAll(async () => {
  target = http.createServer((req, res) => {
    hits++;
    if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    if (req.url === '/to-intranet') {
      return res.writeHead(302, { location: `http://intranet.test:${port}/secret` }).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel/></rss>');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  port = (target.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => target.close(resolve)));

const production = outboundAddressPolicy({ allowPrivate: false, intranetRanges: [] });
const intranetOnLoopback = outboundAddressPolicy({ allowPrivate: false, intranetRanges: ['127.0.0.0/8'] });

/** DNS the test controls: each call answers the next entry of `answers` (the last one again once used up). */
function resolver(...answers: string[][]): Resolve & { calls: number } {
  const resolve = async () => {
    const answer = answers[Math.min(resolve.calls, answers.length - 1)]!;
    resolve.calls++;
    return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  resolve.calls = 0;
  return resolve;
}

async function failureOf(url: string, isAllowedAddress: (address: string) => boolean, resolve?: Resolve) {
  const before = hits;
  const outcome = await guardedGet(url, {
    isAllowedAddress,
    signal: AbortSignal.timeout(1_000),
    headers: {},
    maxRedirects: 2,
    ...(resolve ? { resolve } : {}),
  }).then(
    ({ response }) => {
      response.resume();
      return 'connected';
    },
    (error: unknown) => (error instanceof GuardedRequestError ? error.failure : String(error)),
  );
  return { outcome, reachedTarget: hits > before };
}

describe('the guarded request of feeds and link previews', () => {
  it.each([
    ['dotted', () => `http://127.0.0.1:${port}/`],
    ['decimal', () => `http://2130706433:${port}/`],
    ['octal', () => `http://0177.0.0.1:${port}/`],
    ['hexadecimal', () => `http://0x7f.0.0.1:${port}/`],
    ['shortened', () => `http://127.1:${port}/`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${port}/`],
    ['IPv4-mapped IPv6 in hexadecimal', () => `http://[::ffff:7f00:1]:${port}/`],
    ['IPv6 loopback', () => `http://[::1]:${port}/`],
  ])('refuses this machine written %s, in production, without connecting', async (_form, url) => {
    expect(await failureOf(url(), production)).toEqual({ outcome: 'refused-address', reachedTarget: false });
  });

  it.each([
    'http://169.254.169.254/metadata/identity/oauth2/token',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://168.63.129.16/machine',
    'http://[64:ff9b::7f00:1]/',
    'http://[fe80::1]/',
  ])('refuses platform, link-local and NAT64 addresses everywhere: %s', async (url) => {
    const everything = outboundAddressPolicy({ allowPrivate: true, intranetRanges: ['0.0.0.0/0', '::/0'] });
    expect((await failureOf(url, everything)).outcome).toBe('refused-address');
  });

  it('refuses a name whose answers include one address not allowed', async () => {
    const resolve = resolver(['93.184.215.14', '127.0.0.1']);
    expect(await failureOf(`http://mixed.test:${port}/`, production, resolve)).toEqual({
      outcome: 'refused-address',
      reachedTarget: false,
    });
  });

  it('connects to the very address it checked: a name that resolves elsewhere the second time gets nowhere', async () => {
    // DNS rebinding: a public answer for the check, this machine for whoever asks again.
    const resolve = resolver(['192.0.2.1'], ['127.0.0.1']);
    const allowOnlyTheFirstAnswer = (address: string) => address === '192.0.2.1';
    const { reachedTarget } = await failureOf(
      `http://rebinding.test:${port}/`,
      allowOnlyTheFirstAnswer,
      resolve,
    );
    expect(reachedTarget).toBe(false);
    expect(resolve.calls).toBe(1);
  });

  it('reaches an intranet range an administrator listed, through the checked answer', async () => {
    const resolve = resolver(['127.0.0.1']);
    expect(await failureOf(`http://intranet.test:${port}/feed`, intranetOnLoopback, resolve)).toEqual({
      outcome: 'connected',
      reachedTarget: true,
    });
    expect(
      (await failureOf(`http://intranet.test:${port}/feed`, production, resolver(['127.0.0.1']))).outcome,
    ).toBe('refused-address');
  });

  it('checks every redirect like the first address', async () => {
    const local = outboundAddressPolicy({ allowPrivate: true, intranetRanges: [] });
    expect((await failureOf(`http://127.0.0.1:${port}/to-metadata`, local)).outcome).toBe('refused-address');
    // From an address allowed as written to a name that resolves into the network.
    const onlyThisMachine = (address: string) => address === '127.0.0.1';
    const toIntranet = await failureOf(
      `http://127.0.0.1:${port}/to-intranet`,
      onlyThisMachine,
      resolver(['10.9.9.9']),
    );
    expect(toIntranet.outcome).toBe('refused-address');
  });

  it('refuses what is not http(s), also as a redirect', async () => {
    expect((await failureOf('file:///etc/passwd', production)).outcome).toBe('not-web-address');
    expect((await failureOf('gopher://127.0.0.1:70/', production)).outcome).toBe('not-web-address');
  });

  it('tells a manager the same thing about a refused address whether a port is open there or not', async () => {
    const limits = { isAllowedAddress: production, timeoutMs: 1_000, maxBytes: 1024 };
    const open = fetchFeed(`http://127.0.0.1:${port}/feed`, limits).catch((error: Error) => error.message);
    const closed = fetchFeed('http://127.0.0.1:9/feed', limits).catch((error: Error) => error.message);
    const [openMessage, closedMessage] = await Promise.all([open, closed]);
    expect(openMessage).toBe(closedMessage);
    expect(openMessage).not.toMatch(/127\.0\.0\.1|:\d+/);
  });
});
