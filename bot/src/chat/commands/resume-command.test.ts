import { describe, expect, it } from 'vitest';
import { ambassador } from '../../../../tests/support/delivery-fixtures';
import { recordingTurn } from '../../../../tests/support/recording-turn';
import { preferencesOf, setNudgeFrequency, stopNudges } from '../../domain/nudge-preferences';
import { fill, messageTables } from '../messages';
import { resumeCommand } from './resume-command';

const { fr } = messageTables;
const before = new Date('2026-03-01T09:00:00Z');
const weekly = setNudgeFrequency(ambassador('t1', 'p1', { locale: 'fr' }), 'weekly-digest', before);

describe('resume', () => {
  it('brings back the frequency the person had before "stop"', async () => {
    const { turn, replies, saved } = recordingTurn(stopNudges(weekly, before));

    await resumeCommand.run(turn);

    expect(saved.map((person) => preferencesOf(person).nudges)).toEqual(['weekly-digest']);
    expect(replies).toEqual([fill(fr.nudgesResumed, { frequency: fr['frequency.weekly-digest'] })]);
  });

  it('changes nothing when nudges are on, and says at which frequency', async () => {
    const { turn, replies, saved } = recordingTurn(weekly);

    await resumeCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([fill(fr.nudgesAlreadyOn, { frequency: fr['frequency.weekly-digest'] })]);
  });
});
