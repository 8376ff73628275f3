/**
 * The networks ambassadors share on, as plain values, without zod: the tab's first screen reads them, and a
 * module that builds schemas would bring zod onto it (their schema is in network-schema.ts).
 */
export const networks = ['linkedin', 'x', 'facebook', 'instagram', 'tiktok'] as const;
export type Network = (typeof networks)[number];

/** Networks are brands: the same name in every language (also the share choice's accessible name). */
export const networkNames: Record<Network, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

/**
 * How each network lets a person share from the web today: an official share intent with the text prefilled (X),
 * an intent that takes only the link so the text goes through the clipboard (LinkedIn, Facebook), or no web
 * intent at all, so the media is downloaded and the caption copied (Instagram, TikTok).
 */
export type ShareMechanism = 'intent-with-text' | 'intent-with-clipboard' | 'download-and-copy';

export const shareMechanisms: Record<Network, ShareMechanism> = {
  linkedin: 'intent-with-clipboard',
  x: 'intent-with-text',
  facebook: 'intent-with-clipboard',
  instagram: 'download-and-copy',
  tiktok: 'download-and-copy',
};
