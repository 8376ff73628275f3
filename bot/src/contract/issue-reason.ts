import type { z } from 'zod';
import { isProblemCode } from './problem-codes';
import type { CodedReason } from './problem-codes';

const formatCodes: Partial<Record<string, CodedReason['code']>> = {
  date: 'field.notADate',
  datetime: 'field.notADateTime',
  url: 'field.notAWebAddress',
  email: 'field.notAnEmail',
};

/**
 * Why zod refused a value, as a code a client translates: zod's own issues by kind and bound, a contract
 * rule's by the code it declares (`codedRule`).
 */
export function issueReason(issue: z.core.$ZodIssue): CodedReason {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'field.required' }
        : { code: 'field.wrongType', params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'field.required' } : { code: 'field.tooShort', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.tooFew', params: { minimum } };
      return { code: 'field.tooSmall', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'field.tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'field.tooMany', params: { maximum } };
      return { code: 'field.tooLarge', params: { maximum } };
    }
    case 'invalid_format':
      return { code: formatCodes[issue.format] ?? 'field.badFormat' };
    case 'invalid_value':
      return { code: 'field.notAChoice' };
    case 'unrecognized_keys':
      return { code: 'field.unknownKeys', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const code: unknown = issue.params?.['code'];
      return { code: isProblemCode(code) ? code : 'field.invalid' };
    }
    default:
      return { code: 'field.invalid' };
  }
}
