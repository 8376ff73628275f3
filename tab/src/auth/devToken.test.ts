import { describe, expect, it } from 'vitest';
import { devSignInUrl, fragmentWithoutToken, isFresh, parseStoredToken, tokenFromFragment } from './devToken';

const now = Date.UTC(2025, 2, 3, 9, 0, 0);

describe('tokenFromFragment', () => {
  it('reads the token and turns expires_in into an expiry time', () => {
    expect(tokenFromFragment('#access_token=abc.def.ghi&expires_in=3600', now)).toEqual({
      token: 'abc.def.ghi',
      expiresAt: now + 3_600_000,
    });
  });

  it('ignores fragments without a usable token', () => {
    expect(tokenFromFragment('', now)).toBeUndefined();
    expect(tokenFromFragment('#main', now)).toBeUndefined();
    expect(tokenFromFragment('#access_token=abc', now)).toBeUndefined();
    expect(tokenFromFragment('#access_token=abc&expires_in=soon', now)).toBeUndefined();
    expect(tokenFromFragment('#access_token=&expires_in=60', now)).toBeUndefined();
  });
});

describe('fragmentWithoutToken', () => {
  it('removes the token parameters and keeps the rest', () => {
    expect(fragmentWithoutToken('#access_token=a&expires_in=60&token_type=Bearer')).toBe('');
    expect(fragmentWithoutToken('#access_token=a&expires_in=60&section=groups')).toBe('#section=groups');
  });
});

describe('parseStoredToken', () => {
  it('reads what was stored', () => {
    expect(parseStoredToken(JSON.stringify({ token: 't', expiresAt: now }))).toEqual({
      token: 't',
      expiresAt: now,
    });
  });

  it('treats missing, corrupt or ill-shaped entries as absent', () => {
    expect(parseStoredToken(null)).toBeUndefined();
    expect(parseStoredToken('{not json')).toBeUndefined();
    expect(parseStoredToken(JSON.stringify({ token: 't' }))).toBeUndefined();
    expect(parseStoredToken('null')).toBeUndefined();
  });
});

describe('isFresh', () => {
  it('accepts a token with more than a minute left', () => {
    expect(isFresh({ token: 't', expiresAt: now + 61_000 }, now)).toBe(true);
  });

  it('refuses a token about to expire, expired or absent', () => {
    expect(isFresh({ token: 't', expiresAt: now + 59_000 }, now)).toBe(false);
    expect(isFresh({ token: 't', expiresAt: now - 1 }, now)).toBe(false);
    expect(isFresh(undefined, now)).toBe(false);
  });
});

describe('devSignInUrl', () => {
  it('asks the sign-in page to come back to the current path and query', () => {
    expect(devSignInUrl('/dev/signin', '/studio/people?tab=1')).toBe(
      '/dev/signin?returnTo=%2Fstudio%2Fpeople%3Ftab%3D1',
    );
  });

  it('keeps parameters the server already put in the sign-in URL', () => {
    expect(devSignInUrl('/dev/signin?tenant=contoso', '/')).toBe('/dev/signin?tenant=contoso&returnTo=%2F');
  });
});
