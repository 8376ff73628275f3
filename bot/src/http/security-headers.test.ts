import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { redirectSecurityHeaders, securityHeaders } from './security-headers';

/** The headers the pages' middleware sets, on a bare response object. */
function pageHeaders(production: boolean): Record<string, string> {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  securityHeaders(production)({} as http.IncomingMessage, res as unknown as http.ServerResponse, () => {});
  return Object.fromEntries(headers);
}

describe('security headers', () => {
  it('a redirect carries the pages’ HSTS in production, and none on local HTTP', () => {
    const production = pageHeaders(true)['strict-transport-security'];
    expect(production).toMatch(/^max-age=31536000; includeSubDomains$/);
    expect(redirectSecurityHeaders(true)['Strict-Transport-Security']).toBe(production);
    expect(pageHeaders(false)['strict-transport-security']).toBeUndefined();
    expect(redirectSecurityHeaders(false)).not.toHaveProperty('Strict-Transport-Security');
  });

  it('a redirect and every page forbid content sniffing', () => {
    expect(redirectSecurityHeaders(false)['X-Content-Type-Options']).toBe(
      pageHeaders(false)['x-content-type-options'],
    );
  });
});
