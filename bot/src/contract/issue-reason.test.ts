import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueReason } from './issue-reason';
import { codedRule } from './problem-codes';

/** The reason for each issue the schema raises on `value`, by path, as the API would answer it. */
function reasonsOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issueReason(issue)]));
}

describe('issueReason', () => {
  it('names a missing value required, and a value of another type as such', () => {
    const schema = z.object({ name: z.string(), count: z.number() }).strict();
    expect(reasonsOf(schema, { count: 'three' })).toEqual({
      name: { code: 'field.required' },
      count: { code: 'field.wrongType', params: { expected: 'number' } },
    });
  });

  it('gives each bound with its limit, by what is bounded', () => {
    const schema = z.object({
      empty: z.string().trim().min(1),
      short: z.string().min(3),
      long: z.string().max(2),
      low: z.number().min(1),
      high: z.number().max(10),
      few: z.array(z.string()).min(2),
      many: z.array(z.string()).max(1),
    });
    const value = { empty: '  ', short: 'ab', long: 'abc', low: 0, high: 11, few: ['a'], many: ['a', 'b'] };
    expect(reasonsOf(schema, value)).toEqual({
      empty: { code: 'field.required' },
      short: { code: 'field.tooShort', params: { minimum: 3 } },
      long: { code: 'field.tooLong', params: { maximum: 2 } },
      low: { code: 'field.tooSmall', params: { minimum: 1 } },
      high: { code: 'field.tooLarge', params: { maximum: 10 } },
      few: { code: 'field.tooFew', params: { minimum: 2 } },
      many: { code: 'field.tooMany', params: { maximum: 1 } },
    });
  });

  it('names the formats a person knows, and any other as a format', () => {
    const schema = z.object({
      day: z.iso.date(),
      at: z.iso.datetime(),
      site: z.url(),
      mail: z.email(),
      id: z.uuid(),
    });
    const value = { day: 'soon', at: 'soon', site: 'nowhere', mail: 'nobody', id: 'x' };
    expect(reasonsOf(schema, value)).toEqual({
      day: { code: 'field.notADate' },
      at: { code: 'field.notADateTime' },
      site: { code: 'field.notAWebAddress' },
      mail: { code: 'field.notAnEmail' },
      id: { code: 'field.badFormat' },
    });
  });

  it('names a value outside the choices, and keys the schema does not know', () => {
    const schema = z.object({ network: z.enum(['linkedin', 'x']) }).strict();
    expect(reasonsOf(schema, { network: 'myspace', extra: 1, more: 2 })).toEqual({
      network: { code: 'field.notAChoice' },
      '': { code: 'field.unknownKeys', params: { keys: 'extra, more' } },
    });
  });

  it('takes a contract rule’s own code, and calls a rule without one invalid', () => {
    const schema = z
      .object({ from: z.string(), to: z.string() })
      .refine((period) => period.from <= period.to, codedRule('field.mustNotBeBeforeFrom', 'before', ['to']))
      .refine((period) => period.from !== 'b', { path: ['from'], message: 'not b' });
    expect(reasonsOf(schema, { from: 'b', to: 'a' })).toEqual({
      to: { code: 'field.mustNotBeBeforeFrom' },
      from: { code: 'field.invalid' },
    });
  });
});
