import { containerDefinitions } from '../containers';
import type { ContainerDefinition } from '../containers';

type Document = Record<string, unknown>;

/** The containers the embedded store keeps on disk: all but the transient ones. */
export const persistedContainers: ReadonlyMap<string, ContainerDefinition> = new Map(
  containerDefinitions
    .filter((definition) => !definition.transient)
    .map((definition) => [definition.id, definition]),
);

/** What identifies a document within its container: its partition key value and its id. */
export function keyOf(definition: ContainerDefinition, document: Document): [unknown, string] {
  const partitionKey = definition.partitionKey
    .split('/')
    .slice(1)
    .reduce<unknown>((value, name) => (value as Document | undefined)?.[name], document);
  return [partitionKey ?? null, String(document.id)];
}
