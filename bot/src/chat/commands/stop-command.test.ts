import { describe, expect, it } from 'vitest';
import { ambassador } from '../../../../tests/support/delivery-fixtures';
import { recordingTurn } from '../../../../tests/support/recording-turn';
import { nudgesAreOff, stopNudges } from '../../domain/nudge-preferences';
import { messageTables } from '../messages';
import { stopCommand } from './stop-command';

const { fr } = messageTables;
const camille = ambassador('t1', 'p1', { locale: 'fr' });

describe('stop', () => {
  it('saves the profile with nudges off, then says so', async () => {
    const { turn, replies, saved } = recordingTurn(camille);

    await stopCommand.run(turn);

    expect(saved.map(nudgesAreOff)).toEqual([true]);
    expect(replies).toEqual([fr.nudgesStopped]);
  });

  it('changes nothing when nudges are already off', async () => {
    const { turn, replies, saved } = recordingTurn(stopNudges(camille, new Date('2026-03-01T09:00:00Z')));

    await stopCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([fr.nudgesAlreadyStopped]);
  });
});
