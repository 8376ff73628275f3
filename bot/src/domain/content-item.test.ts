import { describe, expect, it } from 'vitest';
import type { ContentInput } from '@contract/content';
import { draftItem, isDueForPublication, proposalItem, published, withInput } from './content-item';

const now = new Date('2026-06-01T08:00:00.000Z');
const author = { id: 'claire', displayName: 'Claire Dumont' };
const input: ContentInput = {
  campaignId: 'campaign-1',
  title: { fr: 'Portes ouvertes', en: 'Open day' },
  url: 'https://www.aurore-demo.example/open-day',
  preview: { title: { fr: '', en: 'Come and see' }, description: { fr: 'Samedi', en: 'Saturday' } },
  media: [],
  texts: [{ network: 'x', language: 'fr', text: 'Venez samedi' }],
  hashtags: ['Douai', 'Douai'],
};

describe('content items', () => {
  it('start as drafts whose history names their author; the preview title falls back to the title', () => {
    const item = draftItem(input, { id: 'item-1', tenantId: 't', author }, { brandId: 'b', media: [], now });
    expect(item).toMatchObject({
      status: 'draft',
      authorId: 'claire',
      brandId: 'b',
      preview: { title: { fr: 'Portes ouvertes', en: 'Come and see' } },
      hashtags: ['Douai'],
      history: [{ at: now.toISOString(), by: author, action: 'created' }],
    });
  });

  it('take their first photo as preview image when none is given, and lose dates removed', () => {
    const photo = { id: 'abc.png', kind: 'image' as const, contentType: 'image/png' };
    const dated = draftItem(
      { ...input, publishAt: '2026-06-10T08:00:00.000Z' },
      { id: 'item-1', tenantId: 't', author },
      { brandId: 'b', media: [], now },
    );
    const edited = withInput(dated, input, { brandId: 'b', media: [photo], now });
    expect(edited.preview.imageUrl).toBe('/media/abc.png');
    expect(edited.publishAt).toBeUndefined();
    expect(isDueForPublication(dated, now)).toBe(false);
    expect(isDueForPublication(edited, now)).toBe(true);
  });

  it('are published with the moment and who did it', () => {
    const item = draftItem(input, { id: 'item-1', tenantId: 't', author }, { brandId: 'b', media: [], now });
    expect(published(item, now, author)).toMatchObject({
      status: 'published',
      publishedAt: now.toISOString(),
      history: [{ action: 'created' }, { action: 'published', by: author }],
    });
  });

  it('from a proposal: submitted, credited, titled by the link or else by the start of the text', () => {
    const text = {
      network: 'linkedin' as const,
      language: 'fr' as const,
      text: `${'Une très belle journée '.repeat(6)}fin`,
    };
    const withPreview = proposalItem(
      { campaignId: 'c', url: input.url, text },
      { id: 'p', tenantId: 't', author },
      { brandId: 'b', media: [], now, preview: { title: 'Open day at Douai' } },
    );
    expect(withPreview).toMatchObject({
      status: 'submitted',
      proposedBy: author,
      title: { fr: 'Open day at Douai', en: 'Open day at Douai' },
      history: [{ action: 'proposed', by: author }],
    });
    const untitled = proposalItem(
      { campaignId: 'c', url: input.url, text },
      { id: 'p', tenantId: 't', author },
      { brandId: 'b', media: [], now, preview: {} },
    );
    expect(untitled.title.fr).toMatch(/^Une très belle journée .*…$/);
    expect([...untitled.title.fr].length).toBeLessThanOrEqual(80);
  });
});
