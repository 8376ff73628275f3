import { defaultGuardrails, X_LINK_LENGTH } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { ContentItemDoc, FeedDoc, SuggestedText } from './documents';
import type { FeedEntry } from './feed-document';

/** Entry keys remembered per feed: far more than a feed lists at once, so nothing is imported twice. */
export const MAX_SEEN_ENTRIES = 500;
/** A preview's description is a teaser, not the article. */
const PREVIEW_LENGTH = 300;

/** The entries' language: the one the feed declares when it is French or English, else the feed's setting. */
export function entryLanguage(declared: string | undefined, configured: Locale): Locale {
  const tag = declared?.toLowerCase();
  if (tag?.startsWith('fr')) return 'fr';
  if (tag?.startsWith('en')) return 'en';
  return configured;
}

export function unseenEntries(entries: readonly FeedEntry[], seenKeys: readonly string[]): FeedEntry[] {
  const seen = new Set(seenKeys);
  return entries.filter((entry) => !seen.has(entry.key));
}

/**
 * The keys to remember after a poll: every entry the feed lists now, then older ones, newest first. The
 * list stays bounded, yet never forgets an entry still in the feed (which would import it again).
 */
export function rememberEntries(seenKeys: readonly string[], entries: readonly FeedEntry[]): string[] {
  const current = entries.map((entry) => entry.key);
  const inFeed = new Set(current);
  const older = seenKeys.filter((key) => !inFeed.has(key));
  return [...current, ...older].slice(0, Math.max(MAX_SEEN_ENTRIES, current.length));
}

/**
 * A new feed entry as draft content, ready for review: the title in the entry's language, copied to the
 * other language as a starting point; the description as the link preview; LinkedIn and X texts seeded from
 * the title (the X one short enough to share as it is, link and disclosure included). The id follows from
 * the feed and the entry, so a poll that runs twice writes the same draft, never a second one.
 */
export function draftFromEntry(
  entry: FeedEntry,
  context: {
    feed: Pick<FeedDoc, 'id' | 'tenantId' | 'createdBy'>;
    campaign: { id: string; brandId: string };
    language: Locale;
    now: Date;
  },
): ContentItemDoc {
  const { feed, campaign, language, now } = context;
  const both = (text: string) => ({ fr: text, en: text });
  const description = truncate(entry.description, PREVIEW_LENGTH);
  const other: Locale = language === 'fr' ? 'en' : 'fr';
  return {
    id: `feed-${feed.id}-${entry.key}`,
    tenantId: feed.tenantId,
    campaignId: campaign.id,
    brandId: campaign.brandId,
    title: both(entry.title),
    url: entry.link,
    preview: {
      title: both(entry.title),
      description: both(description),
      ...(entry.imageUrl ? { imageUrl: entry.imageUrl } : {}),
    },
    texts: [language, other].flatMap((textLanguage): SuggestedText[] => [
      { network: 'linkedin', language: textLanguage, text: entry.title },
      { network: 'x', language: textLanguage, text: xText(entry.title, textLanguage) },
    ]),
    hashtags: [],
    status: 'draft',
    authorId: feed.createdBy,
    createdAt: now.toISOString(),
  };
}

/** What X leaves for the text once the tracked link (23 + a space) and the disclosure are added. */
function xText(title: string, language: Locale): string {
  const rules = defaultGuardrails('x', language);
  return truncate(title, rules.maxLength - (X_LINK_LENGTH + 1) - (rules.disclosure.length + 1));
}

function truncate(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length
    ? text
    : `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
