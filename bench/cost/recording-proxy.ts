import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the service made to Cosmos DB, as the SDK sent it and as the store answered. */
export interface StoreCall {
  container: string;
  /** A query plan is the SDK asking how to run a query before it runs it (served by the gateway, no RU). */
  kind: 'query' | 'query plan' | 'point read' | 'write';
  /** The query's SQL (a query only). */
  sql?: string;
  /** The SDK's partition key header: the query stays in one partition. */
  partitionScoped: boolean;
  /** `x-ms-request-charge`: what the SDK reports as the request's cost in request units. */
  requestCharge: number | undefined;
  /** Documents in the answer (a query page's `_count`). */
  documents: number | undefined;
}

export interface RecordingProxy {
  endpoint: string;
  /** The calls recorded since the last `take`. */
  take(): StoreCall[];
  close(): Promise<void>;
}

const DOCUMENTS_PATH = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(\/[^/]+)?$/;

/**
 * An HTTP proxy between the service and the Cosmos protocol server that writes down every document request the
 * SDK makes: which container, the SQL, whether it named a partition, and the charge the answer carried. It
 * changes nothing in either direction.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let calls: StoreCall[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const forwarded = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
          agent,
        },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const answerBody = Buffer.concat(answerChunks);
            const call = describe(request, body, answer, answerBody);
            if (call) calls.push(call);
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(answerBody);
          });
        },
      );
      forwarded.on('error', () => response.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take() {
      const taken = calls;
      calls = [];
      return taken;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function describe(
  request: http.IncomingMessage,
  body: Buffer,
  answer: http.IncomingMessage,
  answerBody: Buffer,
): StoreCall | undefined {
  const match = DOCUMENTS_PATH.exec(request.url?.split('?')[0] ?? '');
  if (!match) return undefined;
  const charge = Number(answer.headers['x-ms-request-charge']);
  const flag = (name: string) => String(request.headers[name]).toLowerCase() === 'true';
  const isQuery = flag('x-ms-documentdb-isquery');
  const kind = isQuery
    ? 'query'
    : flag('x-ms-cosmos-is-query-plan-request')
      ? 'query plan'
      : request.method === 'GET'
        ? 'point read'
        : 'write';
  const parsed = isQuery ? parseJson(body) : undefined;
  const answered = isQuery ? parseJson(answerBody) : undefined;
  return {
    container: decodeURIComponent(match[1] ?? ''),
    kind,
    ...(typeof parsed?.query === 'string' ? { sql: parsed.query.replace(/\s+/g, ' ').trim() } : {}),
    partitionScoped: request.headers['x-ms-documentdb-partitionkey'] !== undefined || kind !== 'query',
    requestCharge: Number.isFinite(charge) ? charge : undefined,
    documents: typeof answered?._count === 'number' ? answered._count : undefined,
  };
}

function parseJson(buffer: Buffer): Record<string, unknown> | undefined {
  try {
    return JSON.parse(buffer.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
