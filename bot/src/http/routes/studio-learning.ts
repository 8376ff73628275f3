import { randomUUID } from 'node:crypto';
import {
  learningPathInputSchema,
  learningPathProgressSchema,
  learningPathStatusChangeSchema,
  studioLearningPathListQuerySchema,
  studioLearningPathListSchema,
  studioLearningPathSchema,
} from '@contract/learning';
import type {
  LearningPathInput,
  LearningPathProgress,
  LearningProgressRow,
  StudioLearningPath,
  StudioLearningPathList,
} from '@contract/learning';
import { toCsv } from '../../domain/csv';
import type { LearningPathDoc, LearningProgressDoc } from '../../domain/learning/learning-documents';
import { modulesFromInput } from '../../domain/learning/learning-path-authoring';
import { learningProgressRows, pathLearners } from '../../domain/learning/learning-progress-report';
import { moduleMedia } from '../../learning/learning-views';
import { isInAudience } from '../../domain/targeting';
import type { Repositories } from '../../store/repositories';
import { recordAudit } from '../../compliance/record-audit';
import { ApiError } from '../api-error';
import { Reply, filesOnly, handler, idParams, versionHeader } from '../api-route';
import type { ApiServices } from '../api-route';
import { audienceReferenceErrors } from '../audience-references';
import { checkMediaExist } from './media';

export const listStudioLearningPaths = handler({
  answer: studioLearningPathListSchema,
  query: studioLearningPathListQuerySchema,
  async handle({ principal, services, query }): Promise<StudioLearningPathList> {
    const { repositories } = services;
    const page = await repositories.learningPaths.page(
      principal.tenantId,
      query.limit,
      query.continuationToken,
    );
    const items = await Promise.all(
      page.items.map(async (path) => toStudioPath(path, await learnersOf(repositories, path))),
    );
    return { items, ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}) };
  },
});

/** A new path starts as a draft: nobody sees it before it is published. */
export const createLearningPath = handler({
  answer: studioLearningPathSchema,
  body: learningPathInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    await checkReferences(services, principal.tenantId, body);
    const path: LearningPathDoc = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      onboarding: false,
      ...fieldsFromInput(body, []),
      status: 'draft',
      createdBy: principal.objectId,
      createdAt: new Date().toISOString(),
    };
    await repositories.learningPaths.upsert(path);
    await recordAudit(repositories, principal, 'learning-path.created', entity(path), { after: path });
    return new Reply(toStudioPath(path, []), { status: 201 });
  },
});

/** The path with its quizzes' answers; its `ETag` is the version an edit sends back as `If-Match`. */
export const getStudioLearningPath = handler({
  answer: studioLearningPathSchema,
  params: idParams('pathId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const versioned = await repositories.learningPaths.getVersioned(principal.tenantId, params.pathId);
    if (!versioned) throw pathNotFound();
    const path = versioned.document;
    return new Reply(toStudioPath(path, await learnersOf(repositories, path)), {
      headers: { ETag: versionHeader(versioned.version) },
    });
  },
});

/** An edit; with `If-Match`, only over the version the manager opened (412 if someone changed it since). */
export const updateLearningPath = handler({
  answer: studioLearningPathSchema,
  params: idParams('pathId'),
  body: learningPathInputSchema,
  async handle({ principal, services, params, body, ifMatch }) {
    const { repositories } = services;
    await checkReferences(services, principal.tenantId, body);
    let before: LearningPathDoc | undefined;
    const saved = await repositories.learningPaths.updateVersioned(
      principal.tenantId,
      params.pathId,
      (current) => {
        before = current;
        return { ...current, ...fieldsFromInput(body, current.modules), updatedAt: new Date().toISOString() };
      },
      ifMatch,
    );
    if (!saved) throw pathNotFound();
    const after = saved.document;
    await recordAudit(repositories, principal, 'learning-path.updated', entity(after), { before, after });
    return new Reply(toStudioPath(after, await learnersOf(repositories, after)), {
      headers: { ETag: versionHeader(saved.version) },
    });
  },
});

const statusActions = { published: 'learning-path.published', draft: 'learning-path.unpublished' } as const;

/** Publish, or take back to draft: people keep their progress, and find it again once it is back. */
export const changeLearningPathStatus = handler({
  answer: studioLearningPathSchema,
  params: idParams('pathId'),
  body: learningPathStatusChangeSchema,
  async handle({ principal, services, params, body }): Promise<StudioLearningPath> {
    const { repositories } = services;
    const now = new Date().toISOString();
    let before: LearningPathDoc | undefined;
    const after = await repositories.learningPaths.update(principal.tenantId, params.pathId, (current) => {
      before = current;
      if (current.status === body.status) return current;
      return {
        ...current,
        status: body.status,
        updatedAt: now,
        ...(body.status === 'published' ? { publishedAt: now } : {}),
      };
    });
    if (!after || !before) throw pathNotFound();
    if (before.status !== after.status) {
      await recordAudit(repositories, principal, statusActions[body.status], entity(after), {
        before: { status: before.status },
        after: { status: after.status },
      });
    }
    return toStudioPath(after, await learnersOf(repositories, after));
  },
});

export const getLearningPathProgress = handler({
  answer: learningPathProgressSchema,
  params: idParams('pathId'),
  async handle({ principal, services, params }): Promise<LearningPathProgress> {
    const { repositories } = services;
    return progressOf(repositories, await requirePath(repositories, principal.tenantId, params.pathId));
  },
});

type Column = { header: string; value: (row: ProgressCsvRow) => string | number };
type ProgressCsvRow = {
  row: LearningProgressRow;
  module: { id: string; title: { fr: string; en: string } } | undefined;
  counts: { started: number; completed: number };
};

/** One line per group and per step (the path itself, then each module), so the columns stay the same. */
const progressColumns: Column[] = [
  { header: 'group_id', value: ({ row }) => row.groupId ?? '' },
  { header: 'group_en', value: ({ row }) => row.groupName?.en ?? '' },
  { header: 'group_fr', value: ({ row }) => row.groupName?.fr ?? '' },
  { header: 'module_id', value: ({ module }) => module?.id ?? '' },
  { header: 'module_en', value: ({ module }) => module?.title.en ?? '' },
  { header: 'module_fr', value: ({ module }) => module?.title.fr ?? '' },
  { header: 'audience', value: ({ row }) => row.audience },
  { header: 'started', value: ({ counts }) => counts.started },
  { header: 'completed', value: ({ counts }) => counts.completed },
];

export const exportLearningPathProgress = handler({
  answer: filesOnly,
  params: idParams('pathId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const path = await requirePath(repositories, principal.tenantId, params.pathId);
    const progress = await progressOf(repositories, path);
    const lines = progress.rows.flatMap((row): ProgressCsvRow[] => [
      { row, module: undefined, counts: row.path },
      ...row.modules.map((counts, index) => ({ row, module: progress.modules[index], counts })),
    ]);
    await recordAudit(repositories, principal, 'learning-path.progress-exported', entity(path));
    return new Reply(toCsv(lines, progressColumns), {
      contentType: 'text/csv; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="learning-progress-${path.id}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

async function progressOf(repositories: Repositories, path: LearningPathDoc): Promise<LearningPathProgress> {
  const { tenantId } = path;
  const [ambassadors, progress, groups] = await Promise.all([
    repositories.people.ambassadors(tenantId),
    repositories.learningProgress.ofPath(tenantId, path.id),
    repositories.groups.list(tenantId),
  ]);
  const audience = ambassadors.filter((person) => isInAudience(person, path));
  return {
    pathId: path.id,
    modules: path.modules.map(({ id, title }) => ({ id, title })),
    rows: learningProgressRows(path, audience, progress, groups),
  };
}

function fieldsFromInput(input: LearningPathInput, previous: LearningPathDoc['modules']) {
  return {
    title: input.title,
    description: input.description,
    level: input.level,
    audience: input.audience,
    ...(input.onboarding === undefined ? {} : { onboarding: input.onboarding }),
    modules: modulesFromInput(input.modules, previous, randomUUID),
  };
}

async function checkReferences(services: ApiServices, tenantId: string, input: LearningPathInput) {
  const errors = await audienceReferenceErrors(services.repositories, tenantId, input.audience);
  if (errors.length > 0) throw ApiError.invalid(errors);
  await checkMediaExist(
    services.media,
    input.modules.flatMap(({ mediaId }, index) =>
      mediaId ? [{ id: mediaId, field: `body.modules.${index}.mediaId` }] : [],
    ),
  );
}

async function learnersOf(repositories: Repositories, path: LearningPathDoc): Promise<LearningProgressDoc[]> {
  return repositories.learningProgress.ofPath(path.tenantId, path.id);
}

async function requirePath(
  repositories: Repositories,
  tenantId: string,
  pathId: string,
): Promise<LearningPathDoc> {
  const path = await repositories.learningPaths.get(tenantId, pathId);
  if (!path) throw pathNotFound();
  return path;
}

function pathNotFound(): ApiError {
  return ApiError.notFound('learning.pathNotFound', 'This training path does not exist.');
}

/** With who started (one module done or tried) and finished it, whether or not still in its audience. */
function toStudioPath(path: LearningPathDoc, progress: readonly LearningProgressDoc[]): StudioLearningPath {
  return {
    id: path.id,
    title: path.title,
    description: path.description,
    level: path.level,
    audience: path.audience,
    status: path.status,
    onboarding: path.onboarding,
    modules: path.modules.map((module) => ({
      id: module.id,
      title: module.title,
      body: module.body,
      ...moduleMedia(module),
      ...(module.link ? { link: module.link } : {}),
      quiz: module.quiz,
    })),
    learners: pathLearners(path, progress),
    createdAt: path.createdAt,
    ...(path.updatedAt ? { updatedAt: path.updatedAt } : {}),
    ...(path.publishedAt ? { publishedAt: path.publishedAt } : {}),
  };
}

function entity(path: LearningPathDoc) {
  return { type: 'learning-path', id: path.id, title: path.title };
}
