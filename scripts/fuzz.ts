/**
 * `npm run fuzz -- [--requests 10000] [--url http://127.0.0.1:3978] [--concurrency 4] [--seed N] [--json]`:
 * malformed requests over every surface of a running local service (`npm start`), then a tally of what went
 * wrong; with `--json`, the tally is the last line, as one JSON object.
 */
import { parseArgs } from 'node:util';
import { signInCallers } from '../tests/support/fuzz/callers';
import { runFuzz } from '../tests/support/fuzz/run-fuzz';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env['PORT'] ?? '3978'}` },
    concurrency: { type: 'string', default: '4' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const url = values.url;
const ready = await fetch(new URL('/readyz', url)).then(
  (response) => response.ok,
  () => false,
);
if (!ready) {
  process.stderr.write(`No ready service at ${url}: start one with npm start, or name it with --url.\n`);
  process.exit(2);
}

const summary = await runFuzz({
  url,
  callers: await signInCallers(url),
  requests: Number(values.requests),
  concurrency: Number(values.concurrency),
  seed: values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed),
  progress: (line) => process.stderr.write(`${line}\n`),
});
const { examples, ...figures } = summary;
for (const example of examples) process.stderr.write(`${JSON.stringify(example)}\n`);
process.stdout.write(values.json ? `${JSON.stringify(figures)}\n` : `${JSON.stringify(figures, null, 2)}\n`);
const faults = figures.status_5xx + figures.not_problem_json + figures.leaks + figures.unanswered;
process.exit(faults + figures.readyz_failures === 0 ? 0 : 1);
