import { diffWordsWithSpace } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * What the ambassador changed in the suggested text, word by word: kept, added and removed runs in reading
 * order, so the reviewer sees their own voice rather than the whole text twice.
 */
export function textDiff(suggested: string, shared: string): DiffPart[] {
  return diffWordsWithSpace(suggested, shared).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Share of the words the ambassador wrote themselves (0 to 1): how much of the post is their own. */
export function ownWordsShare(parts: readonly DiffPart[]): number {
  const words = (kind: DiffPart['kind']) =>
    parts
      .filter((part) => part.kind === kind)
      .reduce((count, part) => count + (part.text.match(/\S+/g)?.length ?? 0), 0);
  const added = words('added');
  const total = added + words('same');
  return total === 0 ? 0 : added / total;
}
