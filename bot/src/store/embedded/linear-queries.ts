import { createRequire } from 'node:module';

/*
 * The protocol server's query engine (@zeit/cosmosdb-query, pinned at 0.7.2 by @vercel/cosmosdb-server) compiles
 * each query to JavaScript whose FROM walks the container as `collection.reduce(($, c) => [...$, { c }], [])`:
 * every document copies the whole accumulator, so a query is quadratic in the container's size (one query over
 * 100,000 activity events took 70 s, and the event loop with it). The accumulator is the reduce's own fresh
 * array, so appending to it in place, `($.push({ c }), $)`, computes the same result in linear time. This
 * rewrites the compiled form, once per process; linear-queries.test.ts fails if the engine changes shape.
 */

interface Node {
  type: string;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** `[...$, a, ...b]`, the accumulator copied then extended. */
function isAccumulatorCopy(node: Node): node is Node & { elements: Node[] } {
  const [first] = (node['elements'] as unknown[] | undefined) ?? [];
  return (
    node.type === 'ArrayExpression' &&
    isNode(first) &&
    first.type === 'SpreadElement' &&
    isNode(first['argument']) &&
    first['argument'].type === 'Identifier' &&
    first['argument']['name'] === '$'
  );
}

/** Rewrites every `[...$, a, ...b]` of a compiled query into `($.push(a, ...b), $)`, in place. */
export function appendInPlace(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(appendInPlace);
  if (!isNode(node)) return node;
  for (const [key, value] of Object.entries(node)) node[key] = appendInPlace(value);
  if (!isAccumulatorCopy(node)) return node;
  const accumulator = { type: 'Identifier', name: '$' };
  return {
    type: 'SequenceExpression',
    expressions: [
      {
        type: 'CallExpression',
        callee: {
          type: 'MemberExpression',
          object: accumulator,
          property: { type: 'Identifier', name: 'push' },
          computed: false,
        },
        arguments: node.elements.slice(1),
      },
      { ...accumulator },
    ],
  };
}

type Transformer = { default: (ast: unknown) => unknown };

/** The engine's transformer module, as the protocol server itself resolves it. */
export function queryTransformer(): Transformer {
  const fromServer = createRequire(createRequire(import.meta.url).resolve('@vercel/cosmosdb-server'));
  return fromServer('@zeit/cosmosdb-query/lib/transformer.js') as Transformer;
}

// On the function itself: the engine's module is shared by every copy of this one a test runner loads.
const LINEAR = Symbol.for('ambassade.linear-queries');

/** Makes every query compiled from now on linear in the container's size. Idempotent. */
export function makeQueriesLinear(): void {
  const transformer = queryTransformer();
  const transform = transformer.default as Transformer['default'] & { [LINEAR]?: true };
  if (typeof transform !== 'function') {
    throw new Error(
      '@zeit/cosmosdb-query changed shape: bot/src/store/embedded/linear-queries.ts needs review',
    );
  }
  if (transform[LINEAR]) return;
  transformer.default = Object.assign((ast: unknown) => appendInPlace(transform(ast)), {
    [LINEAR]: true as const,
  });
}
