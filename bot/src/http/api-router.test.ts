import { describe, expect, it } from 'vitest';
import type { TokenValidator } from '../identity/token-validator';
import { handler, idParams } from './api-route';
import type { ApiRoute, ApiServices } from './api-route';
import { createApiRouter } from './api-router';

const services = { config: {} } as ApiServices;
const validate: TokenValidator = () => Promise.reject(new Error('not called at mount time'));
const route = (path: string, routeHandler: ApiRoute['handler']): ApiRoute => ({
  method: 'get',
  path,
  access: 'employee',
  handler: routeHandler,
});

const campaignHandler = handler({
  params: idParams('campaignId'),
  async handle({ params }) {
    const campaignId: string = params.campaignId;
    return { campaignId };
  },
});

describe('path parameters are declared by the handler that reads them', () => {
  it('mounts a route whose handler declares exactly the parameters of its path', () => {
    expect(() =>
      createApiRouter([route('/api/v1/campaigns/:campaignId', campaignHandler)], services, validate),
    ).not.toThrow();
  });

  it('refuses to start when the path has a parameter the handler does not declare', () => {
    const undeclared = handler({ handle: async () => ({}) });
    expect(() => createApiRouter([route('/api/v1/items/:itemId', undeclared)], services, validate)).toThrow(
      'GET /api/v1/items/:itemId: the path has parameters [itemId], the handler declares []',
    );
  });

  it('refuses to start when the handler declares a parameter the path does not have', () => {
    expect(() =>
      createApiRouter([route('/api/v1/campaigns/:id', campaignHandler)], services, validate),
    ).toThrow('the path has parameters [id], the handler declares [campaignId]');
  });

  it('types the parameters from the declaration, and gives none without one', () => {
    handler({
      async handle({ params }) {
        // @ts-expect-error: a handler that declares no `params` cannot read any.
        return params.itemId;
      },
    });
    handler({
      params: idParams('itemId'),
      async handle({ params }) {
        // @ts-expect-error: only the declared names exist.
        return params.campaignId;
      },
    });
    expect(idParams('itemId').safeParse({ itemId: 'item-01' }).success).toBe(true);
  });
});
