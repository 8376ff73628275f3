import type { LearningPath } from '@contract/learning';
import type { Media } from '@contract/media';
import { learningLevels } from '@contract/learning';
import { mediaTypes, mediaUrl } from '@contract/media';
import type { PersonDoc } from '../domain/documents';
import type {
  LearningModuleDoc,
  LearningPathDoc,
  LearningProgressDoc,
} from '../domain/learning/learning-documents';
import { pathProgress } from '../domain/learning/learning-progress';
import { isInAudience } from '../domain/targeting';
import { mediaTypeOf } from '../media/media-store';

/** Published paths of the person's audience, easiest level first, then oldest first. */
export function pathsFor(person: PersonDoc, paths: readonly LearningPathDoc[]): LearningPathDoc[] {
  return paths
    .filter((path) => isVisibleTo(path, person))
    .sort(
      (a, b) =>
        learningLevels.indexOf(a.level) - learningLevels.indexOf(b.level) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

export function isVisibleTo(path: LearningPathDoc, person: PersonDoc): boolean {
  return path.status === 'published' && isInAudience(person, path);
}

/** A path as its learner sees it: the quizzes without their answers, and where they are up to. */
export function toLearningPath(
  path: LearningPathDoc,
  progress: LearningProgressDoc | undefined,
): LearningPath {
  const done = new Set(progress?.completed.map((entry) => entry.moduleId));
  return {
    id: path.id,
    title: path.title,
    description: path.description,
    level: path.level,
    modules: path.modules.map((module) => ({
      id: module.id,
      title: module.title,
      body: module.body,
      ...moduleMedia(module),
      ...(module.link ? { link: module.link } : {}),
      quiz: module.quiz.map(({ id, question, options }) => ({ id, question, options })),
      completed: done.has(module.id),
    })),
    progress: pathProgress(path, progress),
  };
}

/** The module's picture or video as its learners and authors see it, to spread into the module. */
export function moduleMedia(module: LearningModuleDoc): { media?: Media } {
  const type = module.mediaId ? mediaTypeOf(module.mediaId) : undefined;
  if (!module.mediaId || !type) return {};
  return {
    media: {
      id: module.mediaId,
      url: mediaUrl(module.mediaId),
      kind: mediaTypes[type].kind,
      contentType: type,
    },
  };
}
