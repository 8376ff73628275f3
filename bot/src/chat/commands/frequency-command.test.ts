import { describe, expect, it } from 'vitest';
import { ambassador } from '../../../../tests/support/delivery-fixtures';
import { recordingTurn } from '../../../../tests/support/recording-turn';
import { preferencesOf } from '../../domain/nudge-preferences';
import { fill, messageTables } from '../messages';
import { title } from '../cards/adaptive-card';
import { frequencyCommand } from './frequency-command';

const { fr } = messageTables;
const camille = ambassador('t1', 'p1', { locale: 'fr' });

describe('the preferences card’s frequency buttons', () => {
  it('save the frequency chosen, then say so', async () => {
    const { turn, replies, saved } = recordingTurn(camille, {
      command: 'frequency',
      frequency: 'weekly-digest',
    });

    await frequencyCommand.run(turn);

    expect(saved.map((person) => preferencesOf(person).nudges)).toEqual(['weekly-digest']);
    expect(replies).toEqual([fill(fr.frequencySaved, { frequency: fr['frequency.weekly-digest'] })]);
  });

  it('show the preferences card again, saving nothing, for a frequency they do not know', async () => {
    const { turn, replies, saved } = recordingTurn(camille, {
      command: 'frequency',
      frequency: 'hourly',
    });

    await frequencyCommand.run(turn);

    expect(saved).toEqual([]);
    expect(replies).toEqual([
      expect.objectContaining({ body: expect.arrayContaining([title(fr.preferencesTitle)]) }),
    ]);
  });
});
