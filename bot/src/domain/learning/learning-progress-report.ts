import type { LearnersCount, LearningProgressRow } from '@contract/learning';
import type { GroupDoc } from '../documents';
import type { LearningPathDoc, LearningProgressDoc } from './learning-documents';

/** Someone has started a module once they completed it or tried its quiz. */
function startedModule(progress: LearningProgressDoc, moduleId: string): boolean {
  return (
    progress.completed.some((entry) => entry.moduleId === moduleId) ||
    progress.attempts.some((attempt) => attempt.moduleId === moduleId)
  );
}

function countOf(
  path: Pick<LearningPathDoc, 'modules'>,
  learners: readonly LearningProgressDoc[],
  audience: number,
): Omit<LearningProgressRow, 'groupId' | 'groupName'> {
  const count = (
    started: (p: LearningProgressDoc) => boolean,
    completed: (p: LearningProgressDoc) => boolean,
  ) =>
    ({
      started: learners.filter(started).length,
      completed: learners.filter(completed).length,
    }) satisfies LearnersCount;
  const moduleIds = path.modules.map((module) => module.id);
  return {
    audience,
    path: count(
      (progress) => moduleIds.some((id) => startedModule(progress, id)),
      (progress) => progress.completedAt !== undefined,
    ),
    modules: moduleIds.map((moduleId) => ({
      moduleId,
      ...count(
        (progress) => startedModule(progress, moduleId),
        (progress) => progress.completed.some((entry) => entry.moduleId === moduleId),
      ),
    })),
  };
}

/**
 * A path's progress among the ambassadors of its audience: a row for all of them, then one per group that
 * has any (someone in several groups counts in each). Progress of people who left the audience is not counted:
 * the figures answer "how far along is the audience".
 */
export function learningProgressRows(
  path: Pick<LearningPathDoc, 'modules'>,
  audience: readonly { id: string; groupIds: readonly string[] }[],
  progress: readonly LearningProgressDoc[],
  groups: readonly Pick<GroupDoc, 'id' | 'name'>[],
): LearningProgressRow[] {
  const byPerson = new Map(progress.map((entry) => [entry.personId, entry]));
  const progressOf = (people: readonly { id: string }[]) =>
    people.flatMap((person) => byPerson.get(person.id) ?? []);
  const rows: LearningProgressRow[] = [countOf(path, progressOf(audience), audience.length)];
  for (const group of groups) {
    const members = audience.filter((person) => person.groupIds.includes(group.id));
    if (members.length === 0) continue;
    rows.push({
      groupId: group.id,
      groupName: group.name,
      ...countOf(path, progressOf(members), members.length),
    });
  }
  return rows;
}

/** Everyone who has progress on the path, whoever they are now: the studio list's figures. */
export function pathLearners(
  path: Pick<LearningPathDoc, 'modules'>,
  progress: readonly LearningProgressDoc[],
): LearnersCount {
  return countOf(path, progress, progress.length).path;
}
