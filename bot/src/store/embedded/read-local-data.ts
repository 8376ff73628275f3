import path from 'node:path';
import type { ContainerDefinition } from '../containers';
import { journalFiles, readJournal } from './journal';
import type { JournalOp } from './journal';
import { keyOf, persistedContainers } from './persisted-containers';
import { LEGACY_SNAPSHOT, readLegacySnapshot, readSnapshot } from './snapshots';

type Document = Record<string, unknown>;

export interface LocalDataOnDisk {
  /** Every persisted container's documents, as the last answered write left them. */
  documents: Map<string, Document[]>;
  /** Containers whose snapshot is behind: changed in a journal, or migrated. */
  changed: Set<string>;
  /** The newest journal generation found (0: none). */
  lastGeneration: number;
  /** What was damaged or cut short, in words for the person running it. */
  problems: string[];
  /** Read from the whole-store file of earlier versions. */
  migrated: boolean;
}

class ContainerState {
  private readonly byKey = new Map<string, Document>();
  constructor(private readonly definition: ContainerDefinition) {}

  put(document: Document): void {
    this.byKey.set(JSON.stringify(keyOf(this.definition, document)), document);
  }

  apply(op: JournalOp): void {
    if ('set' in op) this.put(op.set);
    else this.byKey.delete(JSON.stringify(op.del));
  }

  documents(): Document[] {
    return [...this.byKey.values()];
  }
}

/**
 * Reads `dir`: each container's snapshot, then every journal over them in order, each up to its first frame
 * that is not intact. Earlier versions' whole-store file in `dataDir`, if there, is read instead (once: the
 * caller saves it anew and removes it). Damaged files are moved aside, never a reason not to start.
 */
export async function readLocalData(dataDir: string, dir: string): Promise<LocalDataOnDisk> {
  const states = new Map(
    [...persistedContainers].map(([id, definition]) => [id, new ContainerState(definition)]),
  );
  const journals = await journalFiles(dir);
  const lastGeneration = journals.at(-1)?.generation ?? 0;
  const problems: string[] = [];
  const result = (changed: Set<string>, migrated: boolean): LocalDataOnDisk => ({
    documents: new Map([...states].map(([id, state]) => [id, state.documents()])),
    changed,
    lastGeneration,
    problems,
    migrated,
  });

  const legacy = await readLegacySnapshot(dataDir);
  if (legacy.kind === 'read') {
    for (const [id, state] of states) for (const document of legacy.value[id] ?? []) state.put(document);
    return result(new Set(states.keys()), true);
  }
  if (legacy.kind === 'damaged') {
    problems.push(`${LEGACY_SNAPSHOT} could not be read (moved to ${legacy.movedTo})`);
  }
  for (const [id, state] of states) {
    const snapshot = await readSnapshot(dir, id);
    if (snapshot.kind === 'damaged') {
      problems.push(`the ${id} snapshot could not be read (moved to ${snapshot.movedTo})`);
    }
    if (snapshot.kind === 'read') for (const document of snapshot.value) state.put(document);
  }
  const changed = new Set<string>();
  for (const { file } of journals) {
    const { frames, tornBytes } = await readJournal(file);
    for (const op of frames.flat()) {
      const state = states.get(op.c);
      state?.apply(op);
      if (state) changed.add(op.c);
    }
    if (tornBytes > 0) {
      problems.push(
        `${path.basename(file)} ends in a write cut short when the process stopped (${tornBytes} bytes, never confirmed, dropped); the ${frames.length} complete records before it are restored`,
      );
    }
  }
  return result(changed, false);
}
