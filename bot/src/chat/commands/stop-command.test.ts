import { describe, expect, it } from 'vitest';
import { frenchAmbassador, recordingTurn } from '../../../../tests/support/recording-turn';
import { nudgesAreOff } from '../../domain/nudge-preferences';
import { messageTables } from '../messages';
import { stopCommand } from './stop-command';

const { fr } = messageTables;
const preferences = { nudges: 'weekly-digest', timeZone: 'Europe/Paris', showOnLeaderboards: true } as const;

describe('stop', () => {
  it('saves the profile with nudges off, then says so', async () => {
    const { turn, replies, saved } = recordingTurn(frenchAmbassador(preferences));

    await stopCommand.run(turn);

    expect(saved).toHaveLength(1);
    expect(nudgesAreOff(saved[0]!)).toBe(true);
    expect(replies).toEqual([fr.nudgesStopped]);
  });

  it('changes nothing when nudges are already off', async () => {
    const { turn, replies, saved } = recordingTurn(frenchAmbassador({ ...preferences, nudges: 'never' }));

    await stopCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([fr.nudgesAlreadyStopped]);
  });
});
