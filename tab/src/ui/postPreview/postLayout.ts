import type { Network } from '@contract/network';

/** How a network lays a post out: the text above a link card, or the picture first with its caption below. */
export type PostShape = 'text-and-card' | 'picture-and-caption';

export interface PostLayout {
  shape: PostShape;
  /** The text as the network shows it before the person's readers click "see more". */
  visibleText: string;
  /** True when the network folds the rest of the text behind "see more". */
  folded: boolean;
  /** The tracked link as it appears inside the text (X, Instagram, TikTok carry it there); else on the card. */
  linkInText?: string;
  /** The picture's shape on that network. */
  pictureRatio: string;
}

/**
 * What each network shows before "see more", in characters (LinkedIn folds after about three lines, Facebook
 * later, Instagram after the first line of the caption); X and TikTok show the whole text.
 */
const foldAfter: Record<Network, number | undefined> = {
  linkedin: 210,
  facebook: 480,
  instagram: 125,
  x: undefined,
  tiktok: undefined,
};

/** The layout of one post as the network would draw it, from the text the person will share. */
export function postLayout(network: Network, text: string, trackedLink: string): PostLayout {
  const shape: PostShape =
    network === 'instagram' || network === 'tiktok' ? 'picture-and-caption' : 'text-and-card';
  const characters = [...text];
  const limit = foldAfter[network];
  const folded = limit !== undefined && characters.length > limit;
  const visibleText = folded ? characters.slice(0, limit).join('').trimEnd() : text;
  // LinkedIn and Facebook take the link as the card; the others carry it with the text.
  const linkInText = network === 'linkedin' || network === 'facebook' ? undefined : shortLink(trackedLink);
  return {
    shape,
    visibleText,
    folded,
    ...(linkInText ? { linkInText } : {}),
    pictureRatio: pictureRatios[network],
  };
}

/** Link cards are 1.91:1 (the Open Graph picture); Instagram is square, TikTok upright. */
const pictureRatios: Record<Network, string> = {
  linkedin: '1.91 / 1',
  x: '1.91 / 1',
  facebook: '1.91 / 1',
  instagram: '1 / 1',
  tiktok: '9 / 16',
};

const SHORT_LINK_LENGTH = 26;

/** A link as networks print it: without its scheme, cut with an ellipsis past about 26 characters. */
export function shortLink(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return [...bare].length > SHORT_LINK_LENGTH
    ? `${[...bare].slice(0, SHORT_LINK_LENGTH - 1).join('')}…`
    : bare;
}

/** The site a link card names: the address's host without `www.`. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export type TextPart = { kind: 'plain' | 'tag' | 'link'; text: string };

const HIGHLIGHTED = /(#[\p{L}\p{N}_]+|https?:\/\/[^\s)]+)/u;

/** Hashtags and links coloured as the networks colour them; the rest plain. */
export function highlightParts(text: string): TextPart[] {
  // Split keeps the captured matches at odd indexes.
  return text
    .split(HIGHLIGHTED)
    .map((part, index): TextPart => {
      if (index % 2 === 0) return { kind: 'plain', text: part };
      return { kind: part.startsWith('#') ? 'tag' : 'link', text: part };
    })
    .filter((part) => part.text !== '');
}
