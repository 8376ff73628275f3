import { describe, expect, it } from 'vitest';
import { FeedReadError } from './feed-read-error';
import { MAX_FEED_ENTRIES, parseFeed, plainText } from './feed-document';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Actualités &amp; projets</title>
    <language>fr-FR</language>
    <item>
      <title><![CDATA[Douai recrute <b>200</b> personnes]]></title>
      <link>https://intranet.aurore-demo.example/news/douai</link>
      <guid isPermaLink="false">news-42</guid>
      <description>&lt;p&gt;Le site de Douai &amp;amp; ses &lt;em&gt;équipes&lt;/em&gt;&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
      <pubDate>Mon, 06 Sep 2027 16:45:00 +0200</pubDate>
      <enclosure url="https://intranet.aurore-demo.example/douai.jpg" type="image/jpeg" length="1000"/>
    </item>
    <item><title>Sans lien</title><guid>no-link</guid></item>
    <item><title>Relay</title><link>javascript:alert(1)</link></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Aurore blog</title>
  <entry>
    <title type="html">Solar &amp;amp; storage</title>
    <link rel="alternate" href="https://blog.aurore-demo.example/solar"/>
    <link rel="enclosure" type="image/png" href="https://blog.aurore-demo.example/solar.png"/>
    <id>urn:uuid:7f1c</id>
    <updated>2027-01-01T08:00:00Z</updated>
    <summary>Storage at scale.</summary>
  </entry>
  <entry>
    <title>Second</title>
    <link href="https://blog.aurore-demo.example/second"/>
    <id>urn:uuid:7f1d</id>
    <content type="html">&lt;p&gt;Full text&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('reading feeds', () => {
  it('reads RSS 2.0: language, plain-text title and description, image, date; entries without a web link left out', () => {
    const feed = parseFeed(RSS);
    expect(feed.title).toBe('Actualités & projets');
    expect(feed.language).toBe('fr-FR');
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      title: 'Douai recrute 200 personnes',
      link: 'https://intranet.aurore-demo.example/news/douai',
      description: 'Le site de Douai & ses équipes',
      imageUrl: 'https://intranet.aurore-demo.example/douai.jpg',
      publishedAt: '2027-09-06T14:45:00.000Z',
    });
    expect(feed.entries[0]?.key).toMatch(/^[\w-]{22}$/);
  });

  it('reads Atom: xml:lang, alternate link, enclosure image, summary or content', () => {
    const feed = parseFeed(ATOM);
    expect(feed).toMatchObject({ title: 'Aurore blog', language: 'en' });
    expect(feed.entries.map((entry) => [entry.title, entry.link, entry.description])).toEqual([
      ['Solar & storage', 'https://blog.aurore-demo.example/solar', 'Storage at scale.'],
      ['Second', 'https://blog.aurore-demo.example/second', 'Full text'],
    ]);
    expect(feed.entries[0]?.imageUrl).toBe('https://blog.aurore-demo.example/solar.png');
  });

  it('keys entries by guid or id, so the same entry always has the same key, and keeps one of duplicates', () => {
    const twice = ATOM.replace('urn:uuid:7f1d', 'urn:uuid:7f1c');
    const first = parseFeed(ATOM).entries[0]?.key;
    expect(parseFeed(twice).entries.map((entry) => entry.key)).toEqual([first]);
  });

  it('keeps at most the latest entries', () => {
    const items = Array.from(
      { length: MAX_FEED_ENTRIES + 5 },
      (_, i) => `<item><title>${i}</title><link>https://x.example/${i}</link></item>`,
    ).join('');
    expect(parseFeed(`<rss version="2.0"><channel>${items}</channel></rss>`).entries).toHaveLength(
      MAX_FEED_ENTRIES,
    );
  });

  it('refuses what is not a feed, saying why', () => {
    expect(() => parseFeed('<rss><channel><item></channel></rss>')).toThrow(/not well-formed XML \(line 1/);
    expect(() => parseFeed('<html><body>Sign in</body></html>')).toThrow(FeedReadError);
    expect(() => parseFeed('<!DOCTYPE r [<!ENTITY a "aaaa">]><rss/>')).toThrow(/entities/);
  });

  it('turns HTML into words', () => {
    expect(plainText('<h2>Title</h2><p>One&nbsp;<b>two</b></p><style>p{}</style>three')).toBe(
      'Title One two three',
    );
  });
});
