import { describe, expect, it } from 'vitest';
import type { CampaignDoc, ContentItemDoc, NudgeDoc, PersonDoc } from '../domain/documents';
import type { PlannedNudge } from '../domain/nudges/nudge-rules';
import { authoredNudgeRenderer, ruleNudgeRecord, ruleNudgeRenderer } from './render-nudge';

const person = (locale: 'fr' | 'en') =>
  ({ id: `p-${locale}`, tenantId: 't1', locale, timeZone: 'Europe/Paris' }) as PersonDoc;
const campaign = {
  id: 'c1',
  name: { fr: 'Semaine [industrie]', en: 'Industry [week]' },
  endsAt: '2026-11-27T12:00:00Z',
} as CampaignDoc;
const item = { id: 'i1', campaignId: 'c1', title: { fr: 'Visite', en: 'Visit' } } as ContentItemDoc;
const publicUrl = 'https://ambassade.example';

describe('nudge cards', () => {
  it('a manager’s nudge: their words in the recipient’s language, the button through the tracking redirect', () => {
    const nudge = {
      id: 'n1',
      title: { fr: 'Portes ouvertes', en: 'Open day' },
      text: { fr: 'Samedi', en: 'Saturday' },
      link: { type: 'item', id: 'i1' },
    } as NudgeDoc;
    const render = authoredNudgeRenderer(nudge, publicUrl);
    expect(render(person('en'), 'proof-en')).toEqual({
      summary: 'Open day',
      card: expect.objectContaining({
        body: [expect.objectContaining({ text: 'Open day' }), expect.objectContaining({ text: 'Saturday' })],
        actions: [
          {
            type: 'Action.OpenUrl',
            title: 'Open the item',
            url: `${publicUrl}/n/t1/${encodeURIComponent('n1:p-en')}?to=${encodeURIComponent('item:i1')}&p=proof-en`,
          },
        ],
      }),
    });
    expect(render(person('fr'), 'proof-fr').summary).toBe('Portes ouvertes');
  });

  it('a reminder says when the campaign ends, in the person’s language and time zone', () => {
    const plan: PlannedNudge = { kind: 'reminder', id: 'reminder:c1', campaign, recipients: [] };
    expect(ruleNudgeRenderer(plan, publicUrl)(person('fr'), 'proof-fr').summary).toBe(
      '« Semaine [industrie] » se termine le 27 novembre 2026',
    );
    expect(ruleNudgeRecord(plan).title.en).toBe('"Industry [week]" ends on 27 November 2026');
  });

  it('a digest lists each entry as a link, brackets in titles escaped', () => {
    const plan: PlannedNudge = {
      kind: 'digest',
      id: 'digest:2026-W48',
      frequency: 'weekly-digest',
      recipients: [],
      entries: new Map([
        [
          'p-en',
          [
            { type: 'launch', campaign },
            { type: 'item', item },
          ],
        ],
      ]),
    };
    const { card, summary } = ruleNudgeRenderer(plan, publicUrl)(person('en'), 'proof-en');
    expect(summary).toBe('Your weekly digest');
    const texts = (card as { body: { text: string }[] }).body.map((block) => block.text);
    expect(texts[2]).toBe(
      `- [New campaign: Industry \\[week\\]](${publicUrl}/n/t1/${encodeURIComponent('digest:2026-W48:p-en')}?to=${encodeURIComponent('campaign:c1')}&p=proof-en)`,
    );
    expect(texts[3]).toContain('New to share: Visit');
  });
});
