import type { ContentInput } from '@contract/content';
import { mediaUrl } from '@contract/media';
import type { Localized } from './documents';
import type { ContentEventDoc, ContentItemDoc, MediaRef, PersonRef, SuggestedText } from './documents';

/** What an item takes from outside its input: its campaign's brand and its media, checked by the caller. */
export interface ItemContext {
  brandId: string;
  media: MediaRef[];
  now: Date;
}

/** A new draft, written by `author`: the first entry of its history says so. */
export function draftItem(
  input: ContentInput,
  identity: { id: string; tenantId: string; author: PersonRef },
  context: ItemContext,
): ContentItemDoc {
  const at = context.now.toISOString();
  return withInput(
    {
      id: identity.id,
      tenantId: identity.tenantId,
      campaignId: input.campaignId,
      brandId: context.brandId,
      title: input.title,
      url: input.url,
      preview: { title: input.title, description: { fr: '', en: '' } },
      texts: [],
      hashtags: [],
      status: 'draft',
      authorId: identity.author.id,
      createdAt: at,
      history: [{ at, by: identity.author, action: 'created' }],
    },
    input,
    context,
  );
}

/** The item with the author's latest content; status, authorship and history stay as they are. */
export function withInput(item: ContentItemDoc, input: ContentInput, context: ItemContext): ContentItemDoc {
  const imageUrl = input.preview.imageUrl ?? firstImage(context.media);
  return {
    ...item,
    campaignId: input.campaignId,
    brandId: context.brandId,
    title: input.title,
    url: input.url,
    preview: {
      title: orFallback(input.preview.title, input.title),
      description: input.preview.description,
      ...(imageUrl ? { imageUrl } : {}),
    },
    media: context.media,
    texts: input.texts,
    hashtags: [...new Set(input.hashtags)],
    // Undefined clears a date the author removed (JSON leaves it out).
    publishAt: input.publishAt,
    expiresAt: input.expiresAt,
    updatedAt: context.now.toISOString(),
  };
}

export function withEvent(item: ContentItemDoc, event: ContentEventDoc): ContentItemDoc {
  return { ...item, history: [...(item.history ?? []), event] };
}

/** Approved content goes out at its publication time, or at once when it has none or it has passed. */
export function isDueForPublication(item: Pick<ContentItemDoc, 'publishAt'>, now: Date): boolean {
  return !item.publishAt || Date.parse(item.publishAt) <= now.getTime();
}

/** Published now: the library orders by this moment. */
export function published(item: ContentItemDoc, now: Date, by: PersonRef): ContentItemDoc {
  const at = now.toISOString();
  return withEvent(
    { ...item, status: 'published', publishedAt: at, updatedAt: at },
    { at, by, action: 'published' },
  );
}

/**
 * An ambassador's proposal as library content waiting for review: their text is the one suggested text,
 * titled by them, else by the link's own preview (when it could be read), else by the start of the text; it
 * credits them once published. `url` is the link, or where its first photo or video is served.
 */
export function proposalItem(
  proposal: { campaignId: string; url: string; title?: string | undefined; text: SuggestedText },
  identity: { id: string; tenantId: string; author: PersonRef },
  context: ItemContext & { preview: { title?: string; description?: string; imageUrl?: string } },
): ContentItemDoc {
  const at = context.now.toISOString();
  const title = proposal.title ?? context.preview.title ?? excerpt(proposal.text.text);
  const imageUrl = firstImage(context.media) ?? context.preview.imageUrl;
  return {
    id: identity.id,
    tenantId: identity.tenantId,
    campaignId: proposal.campaignId,
    brandId: context.brandId,
    title: { fr: title, en: title },
    url: proposal.url,
    preview: {
      title: { fr: title, en: title },
      description: { fr: context.preview.description ?? '', en: context.preview.description ?? '' },
      ...(imageUrl ? { imageUrl } : {}),
    },
    media: context.media,
    texts: [proposal.text],
    hashtags: [],
    status: 'submitted',
    authorId: identity.author.id,
    proposedBy: identity.author,
    createdAt: at,
    updatedAt: at,
    history: [{ at, by: identity.author, action: 'proposed' }],
  };
}

const EXCERPT_LENGTH = 80;

/** The start of a text, cut at a word, as a title when the link gives none. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= EXCERPT_LENGTH) return flat;
  const cut = [...flat].slice(0, EXCERPT_LENGTH - 1).join('');
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function firstImage(media: readonly MediaRef[]): string | undefined {
  const image = media.find((medium) => medium.kind === 'image');
  return image && mediaUrl(image.id);
}

function orFallback(value: Localized, fallback: Localized): Localized {
  return { fr: value.fr || fallback.fr, en: value.en || fallback.en };
}
