import type { ContainerDefinition } from '../../../bot/src/store/containers';

/** A container as infra/modules/cosmos.bicep declares it in its `containers` variable. */
export interface BicepContainer {
  id: string;
  partitionKey: string;
  indexingPolicy: unknown;
  uniqueKeyPolicy?: unknown;
  defaultTtl?: number;
}

/**
 * Differences between the containers the code declares and those the Bicep creates, as sentences.
 * Policies compare by meaning: path order does not matter, no unique key policy equals an empty one.
 */
export function containerDifferences(
  code: readonly ContainerDefinition[],
  bicep: readonly BicepContainer[],
): string[] {
  const inBicep = new Map(bicep.map((container) => [container.id, container]));
  const inCode = new Set(code.map((container) => container.id));
  const problems = bicep
    .filter((container) => !inCode.has(container.id))
    .map((container) => `container "${container.id}" is in the Bicep but not in bot/src/store/containers.ts`);
  for (const wanted of code) {
    const declared = inBicep.get(wanted.id);
    if (!declared) {
      problems.push(`container "${wanted.id}" is in bot/src/store/containers.ts but not in the Bicep`);
      continue;
    }
    if (declared.partitionKey !== wanted.partitionKey) {
      problems.push(
        `container "${wanted.id}": partition key ${declared.partitionKey} in the Bicep, ${wanted.partitionKey} in the code`,
      );
    }
    if (declared.defaultTtl !== wanted.defaultTtl) {
      problems.push(
        `container "${wanted.id}": default TTL ${declared.defaultTtl ?? 'off'} in the Bicep, ${wanted.defaultTtl ?? 'off'} in the code`,
      );
    }
    for (const policy of ['indexingPolicy', 'uniqueKeyPolicy'] as const) {
      const expected = canonical(wanted[policy] ?? emptyPolicy[policy]);
      const actual = canonical(declared[policy] ?? emptyPolicy[policy]);
      if (expected !== actual) {
        problems.push(`container "${wanted.id}": ${policy} in the Bicep ${actual}, in the code ${expected}`);
      }
    }
  }
  return problems;
}

const emptyPolicy = { indexingPolicy: {}, uniqueKeyPolicy: { uniqueKeys: [] } };

/** Stable JSON: sorted keys, and lists of paths sorted, since Cosmos DB treats them as sets. */
function canonical(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    return items.every((item) => typeof item === 'object' && item !== null && 'path' in item)
      ? items.sort((a, b) =>
          String((a as { path: unknown }).path).localeCompare(String((b as { path: unknown }).path)),
        )
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, normalize(item)]),
    );
  }
  return value;
}
