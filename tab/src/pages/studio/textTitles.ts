import type { TFunction } from 'i18next';
import { networkNames } from '@contract/network';
import { withPositions } from '@contract/text-slot';
import type { TextSlot } from '@contract/text-slot';

/**
 * Each of an item's texts with its slot's position and what it is called: its network and language, and its
 * number among theirs when the item has several for them, so that two LinkedIn texts in French (and their
 * fields) are told apart.
 */
export function withTitles<Text extends Omit<TextSlot, 'position'>>(texts: readonly Text[], t: TFunction) {
  return withPositions(texts).map((text) => {
    const names = { network: networkNames[text.network], language: t(`languages.${text.language}`) };
    const total = texts.filter(
      (other) => other.network === text.network && other.language === text.language,
    ).length;
    const title =
      total > 1
        ? t('contentStudio.details.textOfSeveral', { ...names, number: text.position + 1, total })
        : t('contentStudio.details.textTitle', names);
    return { ...text, title };
  });
}
