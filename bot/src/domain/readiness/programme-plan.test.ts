import { describe, expect, it } from 'vitest';
import { programmeStepKeys } from '@contract/readiness';
import type { ProgrammeStepKey } from '@contract/readiness';
import { programmePlan } from './programme-plan';
import type { ProgrammeFacts } from './programme-plan';

const nothingYet: ProgrammeFacts = {
  diagnosticTaken: false,
  campaigns: [],
  charterPublished: false,
  content: { exists: false, published: false },
  pilotGroupSizes: [],
  events: { exists: false, published: false },
  animations: { exists: false, running: false },
};

const stateOf = (facts: Partial<ProgrammeFacts>, key: ProgrammeStepKey) =>
  programmePlan({ ...nothingYet, ...facts }, {}).find((step) => step.key === key)?.state;

describe('programmePlan', () => {
  it('lists the eleven steps of the method in order, each with its title and page, all to do at first', () => {
    const steps = programmePlan(nothingYet, {});
    expect(steps.map((step) => step.key)).toEqual([...programmeStepKeys]);
    expect(steps).toHaveLength(11);
    for (const step of steps) {
      expect(step.state).toBe('todo');
      expect(step.title.fr).not.toBe('');
      expect(step.title.en).not.toBe('');
      expect(step.link).toMatch(/^\//);
    }
  });

  it('a pilot group is started once created, done once it has members', () => {
    expect(stateOf({ pilotGroupSizes: [0] }, 'pilot')).toBe('in-progress');
    expect(stateOf({ pilotGroupSizes: [0, 3] }, 'pilot')).toBe('done');
  });

  it('the objectives are done once a campaign has KPI targets', () => {
    expect(stateOf({ campaigns: [{ hasTargets: false }] }, 'objectives')).toBe('in-progress');
    expect(stateOf({ campaigns: [{ hasTargets: false }, { hasTargets: true }] }, 'objectives')).toBe('done');
  });

  it('the diagnostic and the charter are done or not, with nothing in between', () => {
    expect(stateOf({ diagnosticTaken: true }, 'diagnostic')).toBe('done');
    expect(stateOf({ charterPublished: true }, 'charter')).toBe('done');
  });

  it('content, the launch and the animation are started by a draft and done once out', () => {
    expect(stateOf({ content: { exists: true, published: false } }, 'content')).toBe('in-progress');
    expect(stateOf({ content: { exists: true, published: true } }, 'content')).toBe('done');
    expect(stateOf({ events: { exists: true, published: false } }, 'launch')).toBe('in-progress');
    expect(stateOf({ events: { exists: true, published: true } }, 'launch')).toBe('done');
    expect(stateOf({ animations: { exists: true, running: false } }, 'animation')).toBe('in-progress');
    expect(stateOf({ animations: { exists: true, running: true } }, 'animation')).toBe('done');
  });

  it('the steps the product cannot see are as a manager ticked them, and only those are manual', () => {
    const steps = programmePlan(nothingYet, { leadership: 'done', training: 'in-progress' });
    const byKey = Object.fromEntries(steps.map((step) => [step.key, step]));
    expect(byKey['leadership']?.state).toBe('done');
    expect(byKey['training']?.state).toBe('in-progress');
    expect(byKey['platform']?.state).toBe('todo');
    expect(steps.filter((step) => step.manual).map((step) => step.key)).toEqual([
      'platform',
      'leadership',
      'training',
      'measurement',
    ]);
  });
});
