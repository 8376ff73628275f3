import type { Locale } from './locale';
import type { Network } from './network';

/**
 * Where a suggested text stands in its item. An item may hold several texts for one network and language (a
 * manager's alternatives), so its network and language alone do not name a text: its position among them,
 * in the item's order and from 0, does. Plain values, without zod: the tab's pages read them.
 */
export interface TextSlot {
  network: Network;
  language: Locale;
  position: number;
}

/** Each text with its position among the item's texts of the same network and language. */
export function withPositions<Text extends Omit<TextSlot, 'position'>>(
  texts: readonly Text[],
): (Text & Pick<TextSlot, 'position'>)[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const sameNetworkAndLanguage = `${text.network}:${text.language}`;
    const position = seen.get(sameNetworkAndLanguage) ?? 0;
    seen.set(sameNetworkAndLanguage, position + 1);
    return { ...text, position };
  });
}

/** A slot as one string: to find a text by its slot, and to key it in a list. */
export const slotKey = ({ network, language, position }: TextSlot) => `${network}:${language}:${position}`;
