import { describe, expect, it } from 'vitest';
import { articleOf, newContentForm, parseHashtags, validateContentForm } from './contentFormModel';
import type { ContentFormValues } from './contentFormModel';

const ZONE = 'Europe/Paris';

const filled = (): ContentFormValues => ({
  ...newContentForm('campaign-1', 'en'),
  titleFr: 'Portes ouvertes',
  titleEn: 'Open day',
  url: ' https://www.aurore-demo.example/open-day ',
  hashtags: '#AuroreRecrute Douai',
  texts: [
    { key: 'a', network: 'x', language: 'en', text: 'Open day on Saturday' },
    { key: 'b', network: 'linkedin', language: 'fr', text: '   ' },
  ],
});

describe('the content form', () => {
  it('gives the API its input: trimmed, empty texts left out, hashtags without #', () => {
    const result = validateContentForm(filled(), { forSubmission: false, rules: [] }, ZONE);
    expect(result).toEqual({
      ok: true,
      input: {
        campaignId: 'campaign-1',
        title: { fr: 'Portes ouvertes', en: 'Open day' },
        url: 'https://www.aurore-demo.example/open-day',
        preview: { title: { fr: '', en: '' }, description: { fr: '', en: '' } },
        media: [],
        texts: [{ network: 'x', language: 'en', text: 'Open day on Saturday' }],
        hashtags: ['AuroreRecrute', 'Douai'],
      },
    });
  });

  it('refuses to submit texts the guardrails refuse, but saves them as a draft', () => {
    const risky = {
      ...filled(),
      texts: [{ key: 'a', network: 'x' as const, language: 'en' as const, text: 'Insider tip' }],
    };
    expect(validateContentForm(risky, { forSubmission: false, rules: [] }, ZONE).ok).toBe(true);
    expect(validateContentForm(risky, { forSubmission: true, rules: [] }, ZONE)).toEqual({
      ok: false,
      problems: { texts: 'guardrails' },
    });
  });

  it('names each field that is wrong', () => {
    const result = validateContentForm(
      {
        ...newContentForm('', 'fr'),
        url: 'ftp://example.com',
        hashtags: '#ok not-ok',
        publishAt: '2026-06-14T10:00',
        expiresAt: '2026-06-13T10:00',
      },
      { forSubmission: true, rules: [] },
      ZONE,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        campaignId: 'required',
        titleFr: 'required',
        titleEn: 'required',
        url: 'url',
        texts: 'noText',
        hashtags: 'hashtags',
        expiresAt: 'expiry',
      },
    });
  });

  it('reads hashtags separated by spaces or commas', () => {
    expect(parseHashtags('#a, b  #c_d')).toEqual(['a', 'b', 'c_d']);
    expect(parseHashtags('')).toEqual([]);
    expect(parseHashtags('#a-b')).toBeUndefined();
  });

  it('previews the article in the text’s language, its photo before the page’s picture', () => {
    const values = {
      ...newContentForm('', 'fr'),
      titleFr: 'Titre',
      titleEn: 'Title',
      previewTitleEn: 'Page title',
      url: ' https://a.example/news ',
      previewImageUrl: 'https://a.example/og.png',
    };
    expect(articleOf(values, 'fr')).toEqual({
      title: 'Titre',
      url: 'https://a.example/news',
      imageUrl: 'https://a.example/og.png',
    });
    expect(articleOf(values, 'en').title).toBe('Page title');
    const withPhoto = {
      ...values,
      media: [{ id: 'm1', url: '/media/m1', kind: 'image' as const, contentType: 'image/png' }],
    };
    expect(articleOf(withPhoto, 'en').imageUrl).toBe('/media/m1');
  });
});
