import express from 'express';
import type { AddressInfo } from 'node:net';
import { pinoHttp } from 'pino-http';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Config } from '../config';
import type { TokenValidator } from '../identity/token-validator';
import { createLogger } from '../logger';
import { handler, idParams } from './api-route';
import type { ApiRoute, ApiServices } from './api-route';
import { createApiRouter } from './api-router';
import { errorHandler } from './problem-response';

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
  answer: z.object({ campaignId: z.string() }),
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
    const undeclared = handler({ answer: z.object({}), handle: async () => ({}) });
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
      answer: z.unknown(),
      async handle({ params }) {
        // @ts-expect-error: a handler that declares no `params` cannot read any.
        return params.itemId;
      },
    });
    handler({
      params: idParams('itemId'),
      answer: z.unknown(),
      async handle({ params }) {
        // @ts-expect-error: only the declared names exist.
        return params.campaignId;
      },
    });
    expect(idParams('itemId').safeParse({ itemId: 'item-01' }).success).toBe(true);
  });
});

describe('answers are checked against their contract in tests', () => {
  const drifted = route(
    '/api/v1/drifted',
    handler({
      answer: z.object({ count: z.number() }),
      // Typed as the contract says, but what reaches the wire is not (as a cast or a stored document may do).
      handle: async () => JSON.parse('{"count":"three"}') as { count: number },
    }),
  );

  async function statusOf(checkAnswers: boolean): Promise<number> {
    const app = express();
    app.use(pinoHttp({ logger: createLogger('silent') }));
    const services = { config: { checkAnswers } as Config } as ApiServices;
    const signedIn: TokenValidator = async () => ({
      tenantId: 'tenant',
      objectId: 'person',
      name: 'A person',
      username: 'person@example.com',
      roles: [],
    });
    app.use(createApiRouter([drifted], services, signedIn));
    app.use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/api/v1/drifted`, {
        headers: { authorization: 'Bearer any.token.here' },
      });
      return answer.status;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('turns an answer outside its contract into a server error where answers are checked', async () => {
    expect(await statusOf(true)).toBe(500);
  });

  it('sends it as it is where answers are not checked (production)', async () => {
    expect(await statusOf(false)).toBe(200);
  });
});
