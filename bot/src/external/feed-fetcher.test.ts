import { describe, expect, it } from 'vitest';
import { isLinkLocalOrPlatform } from './feed-fetcher';

describe('feed addresses', () => {
  it('never reaches the cloud host’s metadata or platform endpoints; private intranet addresses are fine', () => {
    for (const address of ['169.254.169.254', '::ffff:169.254.169.254', '168.63.129.16', 'fe80::1']) {
      expect(isLinkLocalOrPlatform(address), address).toBe(true);
    }
    for (const address of ['10.1.2.3', '192.168.1.10', '127.0.0.1', '2001:db8::1', '52.1.2.3']) {
      expect(isLinkLocalOrPlatform(address), address).toBe(false);
    }
  });
});
