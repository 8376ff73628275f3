import { describe, expect, it } from 'vitest';
import { newNudgeForm, validateNudgeForm } from './nudgeForm';

const ZONE = 'Europe/Paris';

const now = new Date('2026-11-23T10:00:00Z');
const filled = {
  ...newNudgeForm(now, ZONE),
  titleFr: ' Portes ouvertes ',
  titleEn: 'Open day',
  textFr: 'Samedi',
  textEn: 'Saturday',
};

describe('the nudge form', () => {
  it('names each missing text, and a button without its destination', () => {
    const result = validateNudgeForm({ ...newNudgeForm(now, ZONE), button: 'item' }, now, ZONE);
    expect(result).toEqual({
      ok: false,
      problems: {
        titleFr: 'required',
        titleEn: 'required',
        textFr: 'required',
        textEn: 'required',
        targetId: 'target',
      },
    });
  });

  it('sends now without a time; later needs a time to come', () => {
    const sendNow = validateNudgeForm(filled, now, ZONE);
    expect(sendNow.ok && sendNow.input).toEqual({
      audience: { groupIds: [], brandIds: [], languages: [] },
      title: { fr: 'Portes ouvertes', en: 'Open day' },
      text: { fr: 'Samedi', en: 'Saturday' },
    });
    expect(validateNudgeForm({ ...filled, when: 'later', sendAt: '2020-01-01T10:00' }, now, ZONE)).toEqual({
      ok: false,
      problems: { sendAt: 'past' },
    });
    const later = validateNudgeForm(
      { ...filled, when: 'later', button: 'campaign', targetId: 'c1' },
      now,
      ZONE,
    );
    expect(later.ok && later.input.sendAt).toEqual(expect.any(String));
    expect(later.ok && later.input.link).toEqual({ type: 'campaign', id: 'c1' });
  });
});
