import { describe, expect, it } from 'vitest';
import { highlightParts, postLayout, shortLink, siteOf } from './postLayout';

const link = 'https://ambassade.contoso.com/r/AbCdEfGhIjKl';

describe('postLayout', () => {
  it('puts the link on the card for LinkedIn and Facebook, in the text for X, Instagram and TikTok', () => {
    expect(postLayout('linkedin', 'Hello', link).linkInText).toBeUndefined();
    expect(postLayout('facebook', 'Hello', link).linkInText).toBeUndefined();
    expect(postLayout('x', 'Hello', link).linkInText).toBe('ambassade.contoso.com/r/A…');
    expect(postLayout('instagram', 'Hello', link).shape).toBe('picture-and-caption');
    expect(postLayout('tiktok', 'Hello', link).pictureRatio).toBe('9 / 16');
  });

  it('folds a long LinkedIn text after 210 characters, and never folds on X', () => {
    const text = 'é'.repeat(300);
    const linkedin = postLayout('linkedin', text, link);
    expect(linkedin.folded).toBe(true);
    expect([...linkedin.visibleText]).toHaveLength(210);
    expect(postLayout('x', text, link)).toMatchObject({ folded: false, visibleText: text });
  });

  it('keeps a short text whole', () => {
    expect(postLayout('instagram', 'Short caption', link)).toMatchObject({
      folded: false,
      visibleText: 'Short caption',
    });
  });
});

describe('shortLink and siteOf', () => {
  it('drops the scheme and cuts long links', () => {
    expect(shortLink('https://a.fr/x')).toBe('a.fr/x');
    expect(shortLink(link)).toHaveLength(26);
    expect(siteOf('https://www.aurore-group.com/news/1')).toBe('aurore-group.com');
    expect(siteOf('not a link')).toBe('');
  });
});

describe('highlightParts', () => {
  it('marks hashtags and links, leaves the rest plain', () => {
    expect(highlightParts('Fier de #Douai ! https://a.fr/x fin')).toEqual([
      { kind: 'plain', text: 'Fier de ' },
      { kind: 'tag', text: '#Douai' },
      { kind: 'plain', text: ' ! ' },
      { kind: 'link', text: 'https://a.fr/x' },
      { kind: 'plain', text: ' fin' },
    ]);
  });
});
