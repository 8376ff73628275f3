import type { Network } from '@contract/network';

/** Networks are brands: the same name in every language (also the share choice's accessible name). */
export const networkNames: Record<Network, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};
