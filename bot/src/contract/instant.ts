import { z } from 'zod';
import { codedRule } from './problem-codes';

/** A day (taken in UTC) or an exact instant, as period filters take them. */
export const instantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** For queries with a period: `from` must not come after `to`; the issue names `to`. */
export const periodInOrder: [
  (query: { from?: string; to?: string }) => boolean,
  ReturnType<typeof codedRule>,
] = [
  (query) => !query.from || !query.to || query.from <= query.to,
  codedRule('field.mustNotBeBeforeFrom', 'must not be before from', ['to']),
];
