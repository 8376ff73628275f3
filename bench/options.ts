import type { z } from 'zod';

/** A benchmark's `--name value` options, checked by its schema (`--json` is the runner's, not the benchmark's). */
export function benchmarkOptions<Schema extends z.ZodType>(
  schema: Schema,
  args: readonly string[],
): z.infer<Schema> {
  const named: Record<string, string> = {};
  args.forEach((arg, index) => {
    if (arg.startsWith('--') && arg !== '--json') named[arg.slice(2)] = args[index + 1] ?? '';
  });
  return schema.parse(named);
}
