import type { Network } from '@contract/network';

/**
 * A person shares an item on a network once, however many times they confirm it: the share's id says so, so
 * that concurrent first confirmations create one record (and one tracked link, one count, one set of points).
 * Pseudonymisation gives the share a new id built on the pseudonym.
 */
export function shareIdOf(personId: string, itemId: string, network: Network): string {
  return `${itemId}:${network}:${personId}`;
}
