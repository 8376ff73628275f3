import { describe, expect, it } from 'vitest';
import {
  isLinkPreviewAgent,
  LINK_CODE_PATTERN,
  newLinkCode,
  selfMarker,
  trackedDestination,
  visitorId,
  addressId,
  networkOf,
} from './tracked-links';

describe('tracked links', () => {
  it('codes are 12 unambiguous characters, and differ', () => {
    const codes = Array.from({ length: 200 }, newLinkCode);
    expect(codes.every((code) => LINK_CODE_PATTERN.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(200);
    expect(codes.join('')).not.toMatch(/[0O1lI]/);
  });

  it('the destination keeps its own query and gains the UTM parameters', () => {
    const url = new URL(
      trackedDestination('https://example.test/page?lang=fr#top', {
        network: 'linkedin',
        campaignSlug: 'launch',
        itemId: 'item-9',
      }),
    );
    expect(url.searchParams.get('lang')).toBe('fr');
    expect(url.searchParams.get('utm_source')).toBe('linkedin');
    expect(url.searchParams.get('utm_medium')).toBe('employee_advocacy');
    expect(url.hash).toBe('#top');
  });

  it('only web addresses can be destinations', () => {
    expect(() =>
      trackedDestination('javascript:alert(1)', { network: 'x', campaignSlug: 'c', itemId: 'i' }),
    ).toThrow();
  });

  it('tells link previews and crawlers from people', () => {
    expect(isLinkPreviewAgent('LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient)')).toBe(true);
    expect(isLinkPreviewAgent('facebookexternalhit/1.1')).toBe(true);
    expect(isLinkPreviewAgent('Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe(true);
    expect(isLinkPreviewAgent(undefined)).toBe(true);
    expect(
      isLinkPreviewAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
      ),
    ).toBe(false);
    expect(
      isLinkPreviewAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36'),
    ).toBe(false);
  });

  it('visitors and self markers are stable hashes that reveal nothing', () => {
    expect(visitorId('c', '10.0.0.1', 'ua')).toBe(visitorId('c', '10.0.0.1', 'ua'));
    expect(visitorId('c', '10.0.0.1', 'ua')).not.toBe(visitorId('c', '10.0.0.2', 'ua'));
    expect(selfMarker('t', 'p')).not.toContain('p');
  });

  it('one network is one IPv4 address, or one IPv6 /64, however it is written', () => {
    expect(networkOf('10.0.0.1')).toBe('10.0.0.1');
    expect(networkOf('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressId('c', '2001:db8:1:2::1')).toBe(addressId('c', '2001:db8:1:2::9'));
    expect(addressId('c', '2001:db8:1:2::1')).not.toBe(addressId('c', '2001:db8:1:3::1'));
    expect(visitorId('c', '2001:db8:1:2::1', 'ua')).toBe(visitorId('c', '2001:db8:1:2::2', 'ua'));
  });
});
