import { describe, expect, it } from 'vitest';
import type { StudioLearningPath } from '@contract/learning';
import type { Media } from '@contract/media';
import {
  learningPathFormFrom,
  newLearningPathForm,
  newQuestion,
  validateLearningPathForm,
  withoutOption,
} from './learningPathForm';

const text = (en: string) => ({ fr: `${en} fr`, en });
const photo: Media = {
  id: '0b5e6a4c-1f2d-4c3b-9a8e-7d6c5b4a3f21.png',
  url: '/media/0b5e6a4c-1f2d-4c3b-9a8e-7d6c5b4a3f21.png',
  kind: 'image',
  contentType: 'image/png',
};

describe('validateLearningPathForm', () => {
  it('names each refused field by its path in the input, with what is wrong', () => {
    const values = newLearningPathForm();
    values.title = text('Basics');
    values.modules[0] = {
      ...values.modules[0]!,
      title: text('One'),
      body: { fr: 'Texte', en: '' },
      link: 'not an address',
      quiz: [{ ...newQuestion(), question: text('Which?'), answerIndex: 5 }],
    };
    const checked = validateLearningPathForm(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toMatchObject({
      'modules.0.body.en': 'required',
      'modules.0.link': 'address',
      'modules.0.quiz.0.options.0.label.fr': 'required',
      'modules.0.quiz.0.answerIndex': 'answer',
    });
    expect(checked.problems['title.fr']).toBeUndefined();
  });

  it('gives the input, without an empty link, with the uploaded medium’s id, once everything is filled in', () => {
    const values = newLearningPathForm();
    values.title = text('Basics');
    values.onboarding = true;
    values.modules[0] = { ...values.modules[0]!, title: text('One'), body: text('Read'), link: '  ' };
    values.modules.push({ ...values.modules[0], media: [photo] });
    const checked = validateLearningPathForm(values);
    expect(checked).toEqual({
      ok: true,
      input: {
        title: text('Basics'),
        description: { fr: '', en: '' },
        level: 'beginner',
        audience: { groupIds: [], brandIds: [], languages: [] },
        onboarding: true,
        modules: [
          { title: text('One'), body: text('Read'), quiz: [] },
          { title: text('One'), body: text('Read'), mediaId: photo.id, quiz: [] },
        ],
      },
    });
  });
});

describe('learningPathFormFrom', () => {
  it('keeps every id and points the answer at the right option', () => {
    const path = {
      title: text('Basics'),
      description: text(''),
      level: 'expert',
      audience: { groupIds: ['g'], brandIds: [], languages: ['fr'] },
      onboarding: true,
      modules: [
        {
          id: 'm1',
          title: text('One'),
          body: text('Read'),
          media: photo,
          quiz: [
            {
              id: 'q1',
              question: text('Which?'),
              options: [
                { id: 'a', label: text('A') },
                { id: 'b', label: text('B') },
              ],
              answerId: 'b',
            },
          ],
        },
      ],
    } as unknown as StudioLearningPath;
    const form = learningPathFormFrom(path);
    expect(form.groupIds).toEqual(['g']);
    expect(form.onboarding).toBe(true);
    expect(form.modules[0]).toMatchObject({ id: 'm1', media: [photo], link: '' });
    expect(form.modules[0]!.quiz[0]).toEqual({
      id: 'q1',
      question: text('Which?'),
      options: [
        { id: 'a', label: text('A') },
        { id: 'b', label: text('B') },
      ],
      answerIndex: 1,
    });
  });
});

describe('withoutOption', () => {
  const question = {
    ...newQuestion(),
    options: ['A', 'B', 'C'].map((label) => ({ label: text(label) })),
    answerIndex: 2,
  };

  it('keeps the right answer on the same option, or the first when it is the one removed', () => {
    expect(withoutOption(question, 0).answerIndex).toBe(1);
    expect(withoutOption(question, 2).answerIndex).toBe(0);
    expect(withoutOption({ ...question, answerIndex: 0 }, 1).answerIndex).toBe(0);
    expect(withoutOption(question, 1).options.map((option) => option.label.en)).toEqual(['A', 'C']);
  });
});
