import { problemSchema } from '@contract/problem';
import type { Answer } from './send-raw';

export type Fault = 'status_5xx' | 'not_problem_json' | 'leaks' | 'unanswered';

/** What a response must never carry: stack frames, source or install paths, the store's or the OS's own words. */
const LEAK_PATTERNS = [
  /\n\s+at \S.*:\d+:\d+/,
  /node_modules/,
  /\bbot\/src\b/,
  /\b[\w-]+\.(?:ts|tsx|mjs|cjs):\d+/,
  /file:\/\//,
  /(?<![\w.:])\/(?:work|home|tmp|usr|root)\//,
  /Resource ID/i,
  /\bE(?:CONNREFUSED|CONNRESET|NOENT|ACCES|PIPE)\b/,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|URIError)\b/,
  /Unexpected token|in JSON at position/,
];

/** Bodies that are code or pictures, not messages: the tab's own files. */
const NOT_A_MESSAGE = /javascript|css|image\/|font\/|video\//;

/** A problem as the contract has it (a code the tab can translate among it), for this very status. */
function isProblemJson(answer: Answer): boolean {
  if (!answer.contentType.startsWith('application/problem+json')) return false;
  try {
    const problem = problemSchema.safeParse(JSON.parse(answer.body));
    return problem.success && problem.data.status === answer.status;
  } catch {
    return false;
  }
}

/** Everything wrong with one answer, by the four measures of the fuzzer; an empty list is a good answer. */
export function faultsOf(answer: Answer | 'unanswered'): Fault[] {
  if (answer === 'unanswered') return ['unanswered'];
  const faults: Fault[] = [];
  if (answer.status >= 500) faults.push('status_5xx');
  if (answer.status >= 400 && !isProblemJson(answer)) faults.push('not_problem_json');
  if (!NOT_A_MESSAGE.test(answer.contentType) && LEAK_PATTERNS.some((pattern) => pattern.test(answer.body))) {
    faults.push('leaks');
  }
  return faults;
}
