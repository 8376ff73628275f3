/**
 * `npm run bench -- <name> [options]`: runs one benchmark, prints its progress, then (with `--json`) one JSON
 * object with its figures as the very last line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Benchmark name → its module (which exports `run`). */
const benchmarks: Record<string, string> = {
  nudge: './nudge/nudge-benchmark.ts',
  insights: './insights.ts',
  idle: './idle/idle-benchmark.ts',
  startup: './startup/startup-benchmark.ts',
  tab: './tab/tab-benchmark.ts',
  api: './api/api-benchmark.ts',
  redirect: './redirect/redirect-benchmark.ts',
  cost: './cost/cost-benchmark.ts',
};

export interface Benchmark {
  run(args: readonly string[], progress: (line: string) => void): Promise<Record<string, unknown>>;
}

const [name, ...args] = process.argv.slice(2);
const modulePath = name ? benchmarks[name] : undefined;
if (!modulePath) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]\n`);
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const benchmark = (await import(path.join(here, modulePath))) as Benchmark;
const result = await benchmark.run(args, (line) => process.stdout.write(`${line}\n`));
process.stdout.write(
  args.includes('--json') ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
);
// Keep-alive sockets and timers of the benchmark's servers must not hold the process open.
process.exit(0);
