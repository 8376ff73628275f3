import { createHash, randomInt } from 'node:crypto';
import type { Network } from '@contract/network';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
/** 12 characters of a 57-letter alphabet: about 70 bits, far beyond guessing. */
const CODE_LENGTH = 12;
export const LINK_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** `/r/{code}`, optionally with a trailing slash or a query (which the link ignores). */
const TRACKED_LINK_PATH = /^\/r\/([^/?]+)\/?(?:\?.*)?$/;
/** The same visitor clicking again within this window counts once. */
export const REPEAT_WINDOW_SECONDS = 30 * 60;
/**
 * Distinct browsers one network address counts for, per link and window: a household or a small office behind
 * one address, not a script rotating its User-Agent.
 */
export const VISITORS_PER_ADDRESS = 3;
/** Past this many clicks in a day a link counts no more that day: no real post of one person draws more. */
export const CLICKS_PER_LINK_PER_DAY = 1_000;

export function newLinkCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The address people share and click: the service's own, so every click is counted before the redirect. */
export function trackedLinkUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/r/${code}`;
}

/** The code a tracked link's path (and query) names, well-formed or not; undefined for any other path. */
export function trackedLinkCodeIn(pathAndQuery: string): string | undefined {
  return TRACKED_LINK_PATH.exec(pathAndQuery)?.[1];
}

/** The item's address with the UTM parameters that let the organisation's analytics see employee advocacy. */
export function trackedDestination(
  itemUrl: string,
  utm: { network: Network; campaignSlug: string; itemId: string },
): string {
  const url = new URL(itemUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not a web address: ${itemUrl}`);
  url.searchParams.set('utm_source', utm.network);
  url.searchParams.set('utm_medium', 'employee_advocacy');
  url.searchParams.set('utm_campaign', utm.campaignSlug);
  url.searchParams.set('utm_content', utm.itemId);
  return url.toString();
}

/**
 * Link previews and crawlers fetch a shared link without a person behind them: LinkedIn, X, Facebook, Slack,
 * Teams and Skype unfurlers, messaging apps, search engines and generic bots.
 */
const NOT_A_PERSON =
  /linkedinbot|twitterbot|facebookexternalhit|facebot|slackbot|slack-imgproxy|skypeuripreview|microsoftpreview|discordbot|whatsapp|telegrambot|googlebot|bingbot|applebot|yandex|baiduspider|duckduckbot|embedly|quora link preview|pinterest|redditbot|bot\b|crawler|spider|preview|curl\/|wget\/|python-requests|go-http-client|okhttp|axios\//i;

export function isLinkPreviewAgent(userAgent: string | undefined): boolean {
  return !userAgent || NOT_A_PERSON.test(userAgent);
}

/** A visitor is who they seem to be from the network: address and browser, hashed, never stored in clear. */
export function visitorId(code: string, address: string, userAgent: string): string {
  return hashed(`${code}\n${networkOf(address)}\n${userAgent}`);
}

/** The network a visitor clicks from, hashed: see `VISITORS_PER_ADDRESS`. */
export function addressId(code: string, address: string): string {
  return hashed(`${code}\n${networkOf(address)}`);
}

/**
 * An IPv4 address as itself (also written as IPv6), an IPv6 address as its /64: one host is given a whole /64
 * and may pick any address in it.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [withoutZone = ''] = address.toLowerCase().split('%');
  const [head = '', tail] = withoutZone.split('::');
  const groups = head ? head.split(':') : [];
  if (tail !== undefined) {
    const after = tail ? tail.split(':') : [];
    groups.push(...Array<string>(Math.max(0, 8 - groups.length - after.length)).fill('0'), ...after);
  }
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

function hashed(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** Marks the browser a person shares from, so their own clicks on their links count zero. */
export function selfMarker(tenantId: string, personId: string): string {
  return createHash('sha256').update(`${tenantId}\n${personId}`).digest('base64url').slice(0, 22);
}
