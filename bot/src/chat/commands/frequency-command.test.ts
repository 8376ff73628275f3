import { describe, expect, it } from 'vitest';
import { frenchAmbassador, recordingTurn } from '../../../../tests/support/recording-turn';
import { preferencesOf } from '../../domain/nudge-preferences';
import { fill, messageTables } from '../messages';
import { frequencyCommand } from './frequency-command';

const { fr } = messageTables;

describe('the preferences card’s frequency buttons', () => {
  it('save the frequency chosen, then say so', async () => {
    const { turn, replies, saved } = recordingTurn(frenchAmbassador(), {
      command: 'frequency',
      frequency: 'weekly-digest',
    });

    await frequencyCommand.run(turn);

    expect(saved.map((person) => preferencesOf(person).nudges)).toEqual(['weekly-digest']);
    expect(replies).toEqual([fill(fr.frequencySaved, { frequency: fr['frequency.weekly-digest'] })]);
  });

  it('show the preferences card again, saving nothing, for a frequency they do not know', async () => {
    const { turn, replies, saved } = recordingTurn(frenchAmbassador(), {
      command: 'frequency',
      frequency: 'hourly',
    });

    await frequencyCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([expect.objectContaining({ type: 'AdaptiveCard' })]);
  });
});
