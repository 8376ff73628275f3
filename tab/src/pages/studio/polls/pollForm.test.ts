import { describe, expect, it } from 'vitest';
import { canAddOption, canRemoveOption, newPollForm, validatePollForm } from './pollForm';

const ZONE = 'Europe/Paris';

const now = new Date('2026-06-01T08:00:00.000Z');
const filled = () => ({
  ...newPollForm(now, ZONE),
  questionFr: ' Quel format ? ',
  questionEn: 'Which format?',
  options: [
    { fr: 'Vidéo', en: 'Video' },
    { fr: 'Article', en: 'Article' },
  ],
});

describe('the poll form', () => {
  it('turns what the manager typed into the API’s poll', () => {
    const result = validatePollForm({ ...filled(), groupIds: ['group-pilot'] }, now, ZONE);
    expect(result).toEqual({
      ok: true,
      input: {
        question: { fr: 'Quel format ?', en: 'Which format?' },
        options: [{ label: { fr: 'Vidéo', en: 'Video' } }, { label: { fr: 'Article', en: 'Article' } }],
        choice: 'single',
        anonymous: false,
        resultsVisibility: 'after-vote',
        closesAt: '2026-06-08T08:00:00.000Z',
        audience: { groupIds: ['group-pilot'], brandIds: [], languages: [] },
      },
    });
  });

  it('names each field that is missing, repeated or in the past', () => {
    const result = validatePollForm(
      {
        ...filled(),
        questionEn: ' ',
        options: [
          { fr: 'Vidéo', en: 'Video' },
          { fr: 'vidéo', en: '' },
        ],
        closesAt: '2026-05-01T08:00',
      },
      now,
      ZONE,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        questionEn: 'required',
        'options.1.fr': 'duplicate',
        'options.1.en': 'required',
        closesAt: 'past',
      },
    });
    expect(validatePollForm({ ...filled(), closesAt: '' }, now, ZONE)).toMatchObject({
      problems: { closesAt: 'date' },
    });
  });

  it('keeps between 2 and 10 options', () => {
    expect(canRemoveOption(filled())).toBe(false);
    expect(canAddOption(filled())).toBe(true);
    const ten = { ...filled(), options: Array.from({ length: 10 }, (_, i) => ({ fr: `${i}`, en: `${i}` })) };
    expect(canAddOption(ten)).toBe(false);
    expect(canRemoveOption(ten)).toBe(true);
  });
});
