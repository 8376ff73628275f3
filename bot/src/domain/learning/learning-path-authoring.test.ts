import { describe, expect, it } from 'vitest';
import type { LearningModuleDoc } from './learning-documents';
import { modulesFromInput } from './learning-path-authoring';

const text = (en: string) => ({ fr: en, en });
const existing: LearningModuleDoc = {
  id: 'm1',
  title: text('Before'),
  body: text('…'),
  mediaId: 'picture',
  quiz: [
    {
      id: 'q1',
      question: text('Which?'),
      options: [
        { id: 'o1', label: text('A') },
        { id: 'o2', label: text('B') },
      ],
      answerId: 'o1',
    },
  ],
};

function counter() {
  let next = 0;
  return () => `new-${++next}`;
}

describe('modulesFromInput', () => {
  it('keeps the ids the path already has, so learners’ progress still counts, and takes the media written', () => {
    const [module] = modulesFromInput(
      [
        {
          id: 'm1',
          title: text('After'),
          body: text('…'),
          mediaId: 'another-picture',
          quiz: [
            {
              id: 'q1',
              question: text('Which?'),
              options: [{ id: 'o1', label: text('A') }, { id: 'o2', label: text('B') }, { label: text('C') }],
              answerIndex: 2,
            },
          ],
        },
      ],
      [existing],
      counter(),
    );
    expect(module).toEqual({
      id: 'm1',
      title: text('After'),
      body: text('…'),
      mediaId: 'another-picture',
      quiz: [
        {
          id: 'q1',
          question: text('Which?'),
          options: [
            { id: 'o1', label: text('A') },
            { id: 'o2', label: text('B') },
            { id: 'new-1', label: text('C') },
          ],
          answerId: 'new-1',
        },
      ],
    });
  });

  it('gives fresh ids to anything new, and to ids the path does not have', () => {
    const modules = modulesFromInput(
      [
        {
          id: 'another-paths-module',
          title: text('New'),
          body: text('…'),
          link: 'https://example.com',
          quiz: [
            {
              id: 'q1',
              question: text('Which?'),
              options: [{ id: 'o1', label: text('A') }, { label: text('B') }],
              answerIndex: 0,
            },
          ],
        },
      ],
      [existing],
      counter(),
    );
    expect(modules[0]!.id).toBe('new-1');
    expect(modules[0]!.link).toBe('https://example.com');
    expect(modules[0]!.mediaId).toBeUndefined();
    expect(modules[0]!.quiz[0]!.id).toBe('new-4');
    expect(modules[0]!.quiz[0]!.options.map((option) => option.id)).toEqual(['new-2', 'new-3']);
    expect(modules[0]!.quiz[0]!.answerId).toBe('new-2');
  });

  it('drops the media of a module written without any', () => {
    const [module] = modulesFromInput(
      [{ id: 'm1', title: text('After'), body: text('…'), quiz: [] }],
      [existing],
      counter(),
    );
    expect(module!.id).toBe('m1');
    expect(module!.mediaId).toBeUndefined();
  });
});
