import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { listIdentity, PageTokens } from './page-tokens';

const KEY = 'k'.repeat(32);
const people = listIdentity('tenant', 'get /api/v1/studio/people', undefined, { limit: 25 });
const storeToken = '{"token":"+RID:~abc==#RT:1","range":{"min":"","max":"FF"}}';

function refusal(open: () => unknown): ApiError | undefined {
  try {
    open();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  return undefined;
}

describe('PageTokens', () => {
  const tokens = new PageTokens(KEY);
  const sealed = (
    tokens.sealIn({ items: [], continuationToken: storeToken }, people) as { continuationToken: string }
  ).continuationToken;

  it('hands the client an opaque token and the handler the store’s own back', () => {
    expect(sealed).not.toContain(storeToken);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(tokens.openIn({ limit: 25, continuationToken: sealed }, people)).toEqual({
      limit: 25,
      continuationToken: storeToken,
    });
  });

  it('leaves answers and queries without a token as they are', () => {
    expect(tokens.sealIn({ items: [] }, people)).toEqual({ items: [] });
    expect(tokens.openIn({ limit: 25 }, people)).toEqual({ limit: 25 });
    expect(tokens.openIn(undefined, people)).toBeUndefined();
  });

  it.each([
    ['a number', '-1'],
    ['a store token passed raw', storeToken],
    ['a forged envelope', `${Buffer.from('{"offset":-5}').toString('base64url')}.AAAA`],
    ['a tampered payload', `x${sealed}`],
    ['a token with a part too many', `${sealed}.x`],
  ])('refuses %s with a 400 naming query.continuationToken', (_what, token) => {
    const error = refusal(() => tokens.openIn({ continuationToken: token }, people));
    expect(error?.status).toBe(400);
    expect(error?.errors).toEqual([
      {
        field: 'query.continuationToken',
        code: 'field.notAContinuationToken',
        message: 'not a continuation token this list gave',
      },
    ]);
  });

  it('refuses a token issued for another list, other filters, another tenant, or under another key', () => {
    const others = [
      listIdentity('tenant', 'get /api/v1/audit', undefined, { limit: 25 }),
      listIdentity('tenant', 'get /api/v1/studio/people', undefined, { limit: 25, q: 'ma' }),
      listIdentity('another-tenant', 'get /api/v1/studio/people', undefined, { limit: 25 }),
    ];
    for (const list of others) {
      expect(refusal(() => tokens.openIn({ continuationToken: sealed }, list))?.status).toBe(400);
    }
    expect(
      refusal(() => new PageTokens('o'.repeat(32)).openIn({ continuationToken: sealed }, people))?.status,
    ).toBe(400);
  });

  it('binds the list without its own token or page size: the next page may ask for more items', () => {
    expect(listIdentity('t', 'r', { id: 'a' }, { limit: 5, q: 'ma', continuationToken: 'x' })).toBe(
      listIdentity('t', 'r', { id: 'a' }, { limit: 50, q: 'ma' }),
    );
    expect(listIdentity('t', 'r', { id: 'a' }, { q: 'ma' })).not.toBe(
      listIdentity('t', 'r', { id: 'b' }, { q: 'ma' }),
    );
  });
});
