import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLASSIC_BENT_SEGMENTS,
  FORGED_PAGE_TOKENS,
  allowedCallers,
  bentRequest,
} from '../support/fuzz/bent-requests';
import type { BentRequest, Caller } from '../support/fuzz/bent-requests';
import { signInCallers } from '../support/fuzz/callers';
import { faultsOf } from '../support/fuzz/judge';
import { sendRaw } from '../support/fuzz/send-raw';
import { parameterNames, surfaces } from '../support/fuzz/surfaces';
import type { Surface } from '../support/fuzz/surfaces';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

// Bounded for the suite (about 20 s here); `npm run fuzz` is the long run.
const GENERATED_REQUESTS = 1500;

let service: TestService;
let base: URL;
let callers: Caller[];
const agent = new http.Agent({ keepAlive: true });

beforeAll(async () => {
  service = await startTestService();
  base = new URL(service.url);
  callers = await signInCallers(service.url);
});
afterAll(async () => {
  agent.destroy();
  await service?.dispose();
});

/** The surface's own request with its parameters replaced, as the first caller it lets in. */
function plainRequest(surface: Surface, segment: (name: string) => string, query = ''): BentRequest {
  const caller = allowedCallers(surface, callers)[0]!;
  return {
    surface: `${surface.method.toUpperCase()} ${surface.path}`,
    caller: caller.name,
    method: surface.method.toUpperCase(),
    target: surface.path.replace(/:(\w+)/g, (_, name: string) => segment(name)) + query,
    headers: caller.authorization ? { authorization: caller.authorization } : {},
  };
}

async function verdict(request: BentRequest) {
  const answer = await sendRaw(base, request, agent);
  return {
    request: `${request.caller}: ${request.method} ${request.target}`,
    status: answer === 'unanswered' ? 'unanswered' : answer.status,
    faults: faultsOf(answer),
  };
}

describe('every surface of the route table, walked by the fuzzer', () => {
  it('knows every route of the API table and every surface beside it', () => {
    expect(surfaces.length).toBeGreaterThan(100);
    expect(surfaces.filter((surface) => surface.path.startsWith('/api/v1/')).length).toBeGreaterThan(90);
  });

  it('a bent path parameter on any route is a 4xx problem, for a caller the route lets in', async () => {
    const withParameters = surfaces.filter((surface) => parameterNames(surface.path).length > 0);
    const verdicts = [];
    for (const surface of withParameters) {
      for (const bent of CLASSIC_BENT_SEGMENTS) {
        verdicts.push(await verdict(plainRequest(surface, () => bent)));
      }
    }
    expect(verdicts.length).toBe(withParameters.length * CLASSIC_BENT_SEGMENTS.length);
    expect(verdicts.filter(({ status, faults }) => faults.length > 0 || status === 200)).toEqual([]);
  });

  it('a continuation token the service never issued is a 400 problem on every paged list', async () => {
    const pagedLists = surfaces.filter((surface) => surface.queryKeys.includes('continuationToken'));
    expect(pagedLists.length).toBeGreaterThan(5);
    const verdicts = [];
    for (const surface of pagedLists) {
      for (const token of FORGED_PAGE_TOKENS) {
        verdicts.push(await verdict(plainRequest(surface, () => 'item-01', `?continuationToken=${token}`)));
      }
    }
    expect(
      verdicts.filter(({ status, faults }) => faults.length > 0 || (status !== 400 && status !== 404)),
    ).toEqual([]);
  });

  it(`${GENERATED_REQUESTS} generated requests, every caller, bent paths, queries, headers and bodies: each answered, never a 5xx, errors as problem JSON, nothing internal shown`, async () => {
    await fc.assert(
      fc.asyncProperty(bentRequest(surfaces, callers), async (request) => {
        const { faults } = await verdict(request);
        expect(faults).toEqual([]);
      }),
      { numRuns: GENERATED_REQUESTS },
    );
    const ready = await fetch(new URL('/readyz', base));
    expect(ready.status).toBe(200);
  });
});
