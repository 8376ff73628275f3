import { describe, expect, it } from 'vitest';
import { pollInputSchemaAt } from './polls';
import type { PollInput } from './polls';
import { pollInput as input } from '../../../tests/support/poll-input';

const now = new Date('2026-11-22T12:00:00Z');

/** Each issue as the API names it (`body.` aside), with what the tab reads to say why. */
function issuesOf(candidate: PollInput) {
  const parsed = pollInputSchemaAt(() => now.getTime()).safeParse(candidate);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: issue.path.join('.'),
        message: issue.message,
        code: issue.code === 'custom' ? issue.params?.['code'] : undefined,
      }));
}

describe('poll input', () => {
  it('accepts a closing time ahead and distinct options', () => {
    expect(issuesOf(input())).toEqual([]);
  });

  it('refuses a closing time that is not ahead of the moment it is checked', () => {
    expect(issuesOf(input({ closesAt: now.toISOString() }))).toEqual([
      { field: 'closesAt', message: 'must be in the future', code: 'field.mustBeInFuture' },
    ]);
  });

  it('refuses two options that read the same in a language, naming the second', () => {
    const options = [{ label: { fr: 'Vidéo', en: 'Video' } }, { label: { fr: 'vidéo ', en: 'Clip' } }];
    expect(issuesOf(input({ options }))).toEqual([
      { field: 'options.1.label.fr', message: 'same as another option', code: 'field.sameAsAnotherOption' },
    ]);
  });
});
