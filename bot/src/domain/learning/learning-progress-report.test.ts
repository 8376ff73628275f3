import { describe, expect, it } from 'vitest';
import type { LearningModuleDoc, LearningProgressDoc } from './learning-documents';
import { startProgress } from './learning-progress';
import { learningProgressRows, pathLearners } from './learning-progress-report';

const text = (en: string) => ({ fr: en, en });
const module = (id: string): LearningModuleDoc => ({ id, title: text(id), body: text('…'), quiz: [] });
const path = { id: 'path', tenantId: 't', modules: [module('m1'), module('m2')] };
const AT = '2026-12-01T10:00:00.000Z';
const groups = [
  { id: 'g1', name: text('One') },
  { id: 'g2', name: text('Two') },
  { id: 'g3', name: text('Nobody') },
];

function progressOf(personId: string, change: Partial<LearningProgressDoc>): LearningProgressDoc {
  return { ...startProgress(path, personId, AT), ...change };
}

describe('learningProgressRows', () => {
  const audience = [
    { id: 'ann', groupIds: ['g1'] },
    { id: 'bob', groupIds: ['g1', 'g2'] },
    { id: 'cid', groupIds: ['g2'] },
  ];
  const progress = [
    // Finished.
    progressOf('ann', {
      completed: [
        { moduleId: 'm1', at: AT },
        { moduleId: 'm2', at: AT },
      ],
      completedAt: AT,
    }),
    // Tried the second module's quiz only: started it, and the path, without completing either.
    progressOf('bob', { attempts: [{ moduleId: 'm2', at: AT, answers: {}, passed: false }] }),
    // Given the path, nothing done yet: not started.
    progressOf('cid', {}),
    // Left the audience since: not counted.
    progressOf('dan', { completed: [{ moduleId: 'm1', at: AT }] }),
  ];

  it('counts the whole audience first, then each group that has anyone, a person in each of their groups', () => {
    const rows = learningProgressRows(path, audience, progress, groups);
    expect(rows).toEqual([
      {
        audience: 3,
        path: { started: 2, completed: 1 },
        modules: [
          { moduleId: 'm1', started: 1, completed: 1 },
          { moduleId: 'm2', started: 2, completed: 1 },
        ],
      },
      {
        groupId: 'g1',
        groupName: text('One'),
        audience: 2,
        path: { started: 2, completed: 1 },
        modules: [
          { moduleId: 'm1', started: 1, completed: 1 },
          { moduleId: 'm2', started: 2, completed: 1 },
        ],
      },
      {
        groupId: 'g2',
        groupName: text('Two'),
        audience: 2,
        path: { started: 1, completed: 0 },
        modules: [
          { moduleId: 'm1', started: 0, completed: 0 },
          { moduleId: 'm2', started: 1, completed: 0 },
        ],
      },
    ]);
  });

  it('answers zeros for an audience nobody started in, and only the whole row without groups', () => {
    expect(learningProgressRows(path, audience, [], [])).toEqual([
      {
        audience: 3,
        path: { started: 0, completed: 0 },
        modules: [
          { moduleId: 'm1', started: 0, completed: 0 },
          { moduleId: 'm2', started: 0, completed: 0 },
        ],
      },
    ]);
  });

  it('counts everyone with progress for the studio list, in the audience or not', () => {
    expect(pathLearners(path, progress)).toEqual({ started: 3, completed: 1 });
  });
});
