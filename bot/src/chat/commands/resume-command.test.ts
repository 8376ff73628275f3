import { describe, expect, it } from 'vitest';
import { frenchAmbassador, recordingTurn } from '../../../../tests/support/recording-turn';
import { preferencesOf, stopNudges } from '../../domain/nudge-preferences';
import { fill, messageTables } from '../messages';
import { resumeCommand } from './resume-command';

const { fr } = messageTables;
const preferences = { nudges: 'weekly-digest', timeZone: 'Europe/Paris', showOnLeaderboards: true } as const;

describe('resume', () => {
  it('brings back the frequency the person had before "stop"', async () => {
    const stopped = stopNudges(frenchAmbassador(preferences), new Date('2026-03-01T09:00:00Z'));
    const { turn, replies, saved } = recordingTurn(stopped);

    await resumeCommand.run(turn);

    expect(saved.map((person) => preferencesOf(person).nudges)).toEqual(['weekly-digest']);
    expect(replies).toEqual([fill(fr.nudgesResumed, { frequency: fr['frequency.weekly-digest'] })]);
  });

  it('changes nothing when nudges are on, and says at which frequency', async () => {
    const { turn, replies, saved } = recordingTurn(frenchAmbassador(preferences));

    await resumeCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([fill(fr.nudgesAlreadyOn, { frequency: fr['frequency.weekly-digest'] })]);
  });
});
