import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LearningPath,
  LearningPathInput,
  LearningPathProgress,
  StudioLearningPath,
} from '../../bot/src/contract/learning';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { onePixelPng } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const PATHS = '/api/v1/studio/learning/paths';
const DOUAI = 'group-douai-plant';
/** An ambassador of the pilot group and the digital department, not of the Douai plant. */
const OUTSIDER_ID = demoPersonId(7);

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

const text = (en: string) => ({ fr: `${en} (fr)`, en });

function pathInput(overrides: Partial<LearningPathInput> = {}): LearningPathInput {
  return {
    title: text('Safety first'),
    description: text('What the plant expects of a post.'),
    level: 'beginner',
    audience: { groupIds: [DOUAI], brandIds: [], languages: [] },
    modules: [
      { title: text('Read the rules'), body: text('**Never** show a badge.'), quiz: [] },
      {
        title: text('Check yourself'),
        body: text('One question.'),
        link: 'https://example.com/rules',
        quiz: [
          {
            question: text('May a post show the assembly line?'),
            options: [{ label: text('Yes') }, { label: text('No') }],
            answerIndex: 1,
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** The input that edits `path` as it is, keeping its ids, with `change` applied. */
function editOf(path: StudioLearningPath, change: Partial<LearningPathInput> = {}): LearningPathInput {
  return {
    title: path.title,
    description: path.description,
    level: path.level,
    audience: path.audience,
    modules: path.modules.map((module) => ({
      id: module.id,
      title: module.title,
      body: module.body,
      ...(module.link ? { link: module.link } : {}),
      quiz: module.quiz.map((question) => ({
        id: question.id,
        question: question.question,
        options: question.options,
        answerIndex: question.options.findIndex((option) => option.id === question.answerId),
      })),
    })),
    ...change,
  };
}

async function create(input = pathInput()): Promise<StudioLearningPath> {
  const created = await manager.post(PATHS, input);
  expect(created.status).toBe(201);
  return created.body as StudioLearningPath;
}

function put(pathId: string, input: LearningPathInput, version: string | undefined) {
  return getJson(`${service.url}${PATHS}/${pathId}`, manager.token, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(version ? { 'if-match': version } : {}) },
    body: JSON.stringify(input),
  });
}

async function visiblePathIds(personId: string): Promise<string[]> {
  const learner = await apiAs(service, personId);
  return ((await learner.get('/api/v1/learning/paths')).body.paths as { id: string }[]).map(
    (path) => path.id,
  );
}

describe('composing a training path in the studio', () => {
  it('creates a draft with fresh ids and the right answer, refusing a quiz without a valid answer', async () => {
    const path = await create();
    expect(path).toMatchObject({
      status: 'draft',
      onboarding: false,
      learners: { started: 0, completed: 0 },
    });
    expect(path.modules).toHaveLength(2);
    const [question] = path.modules[1]!.quiz;
    expect(question!.answerId).toBe(question!.options[1]!.id);
    expect(new Set(path.modules.map((module) => module.id)).size).toBe(2);

    const listed = (await manager.get(PATHS)).body.items as StudioLearningPath[];
    expect(listed.map((item) => item.id)).toContain(path.id);

    const badQuiz = pathInput();
    badQuiz.modules[1]!.quiz[0]!.answerIndex = 2;
    const refused = await manager.post(PATHS, badQuiz);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('field.noSuchOption');
    const oneOption = pathInput();
    oneOption.modules[1]!.quiz[0]!.options = [{ label: text('Only') }];
    oneOption.modules[1]!.quiz[0]!.answerIndex = 0;
    expect((await manager.post(PATHS, oneOption)).status).toBe(400);
    const unknownGroup = pathInput({ audience: { groupIds: ['group-none'], brandIds: [], languages: [] } });
    expect((await manager.post(PATHS, unknownGroup)).status).toBe(400);
  });

  it('edits over the version opened, keeps module ids, and refuses a stale version with 412', async () => {
    const path = await create();
    const address = `${service.url}${PATHS}/${path.id}`;
    const opened = (await getJson(address, manager.token)).response.headers.get('etag')!;

    const first = await put(path.id, editOf(path, { title: text('Safety, first') }), opened);
    expect(first.status).toBe(200);
    const edited = first.body as StudioLearningPath;
    expect(edited.modules.map((module) => module.id)).toEqual(path.modules.map((module) => module.id));
    expect(edited.modules[1]!.quiz[0]!.id).toBe(path.modules[1]!.quiz[0]!.id);

    const stale = await put(path.id, editOf(path, { title: text('From an older tab') }), opened);
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'write.changedSince' });
    expect((await getJson(address, manager.token)).body.title.en).toBe('Safety, first');

    // An id from another path is not taken over: the module gets a new one.
    const other = await create();
    const borrowed = editOf(edited);
    borrowed.modules[0]!.id = other.modules[0]!.id;
    const saved = (await put(path.id, borrowed, first.response.headers.get('etag')!))
      .body as StudioLearningPath;
    expect(saved.modules[0]!.id).not.toBe(other.modules[0]!.id);
  });

  it('reaches its audience once published, and no one else; unpublished, it is gone again; all audited', async () => {
    const path = await create();
    expect(await visiblePathIds(DEMO_AMBASSADOR_ID)).not.toContain(path.id);

    const published = await manager.put(`${PATHS}/${path.id}/status`, { status: 'published' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(await visiblePathIds(DEMO_AMBASSADOR_ID)).toContain(path.id);
    expect(await visiblePathIds(OUTSIDER_ID)).not.toContain(path.id);

    expect((await manager.put(`${PATHS}/${path.id}/status`, { status: 'draft' })).status).toBe(200);
    expect(await visiblePathIds(DEMO_AMBASSADOR_ID)).not.toContain(path.id);

    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    const records = (await admin.get(`/api/v1/audit?entityType=learning-path&entityId=${path.id}`)).body
      .items as { action: string }[];
    expect(records.map((record) => record.action).sort()).toEqual([
      'learning-path.created',
      'learning-path.published',
      'learning-path.unpublished',
    ]);
  });
});

describe('a module’s picture', () => {
  it('is shown to learners once uploaded and saved with the module; an unknown medium is refused by field', async () => {
    const upload = await fetch(`${service.url}/api/v1/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'image/png' },
      body: onePixelPng,
    });
    expect(upload.status).toBe(201);
    const { id: mediaId } = (await upload.json()) as { id: string };
    const input = pathInput();
    input.modules[0]!.mediaId = mediaId;
    const path = await create(input);
    const picture = { id: mediaId, url: `/media/${mediaId}`, kind: 'image', contentType: 'image/png' };
    expect(path.modules[0]!.media).toEqual(picture);
    expect(path.modules[1]!.media).toBeUndefined();

    await manager.put(`${PATHS}/${path.id}/status`, { status: 'published' });
    const learner = await apiAs(service, DEMO_AMBASSADOR_ID);
    const paths = (await learner.get('/api/v1/learning/paths')).body.paths as LearningPath[];
    expect(paths.find((candidate) => candidate.id === path.id)?.modules[0]!.media).toEqual(picture);

    const unknown = pathInput();
    unknown.modules[1]!.mediaId = '00000000-0000-4000-8000-000000000000.png';
    const refused = await manager.post(PATHS, unknown);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'body.modules.1.mediaId', code: 'field.noSuchMedium', message: 'no such uploaded medium' },
    ]);
  });
});

describe('following a path’s progress', () => {
  it('counts who in the audience started and completed each module and the path, per group, and as CSV', async () => {
    const path = await create();
    await manager.put(`${PATHS}/${path.id}/status`, { status: 'published' });
    const [reading, quizzed] = path.modules;
    const question = quizzed!.quiz[0]!;
    const wrong = question.options.find((option) => option.id !== question.answerId)!;
    const learner = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await learner.post(`/api/v1/learning/modules/${reading!.id}/completion`, {})).status).toBe(200);
    const tried = await learner.post(`/api/v1/learning/modules/${quizzed!.id}/completion`, {
      answers: [{ questionId: question.id, optionId: wrong.id }],
    });
    expect(tried.body.completed).toBe(false);

    const ambassadors = await service.repositories.people.ambassadors(DEMO_TENANT_ID);
    const inDouai = ambassadors.filter((person) => person.groupIds.includes(DOUAI));
    const inPilotAndDouai = inDouai.filter((person) => person.groupIds.includes('group-pilot'));

    const answer = await manager.get(`${PATHS}/${path.id}/progress`);
    expect(answer.status).toBe(200);
    const progress = answer.body as LearningPathProgress;
    expect(progress.modules.map((module) => module.id)).toEqual([reading!.id, quizzed!.id]);
    const started = { started: 1, completed: 0 };
    expect(progress.rows[0]).toEqual({
      audience: inDouai.length,
      path: started,
      modules: [
        { moduleId: reading!.id, started: 1, completed: 1 },
        { moduleId: quizzed!.id, ...started },
      ],
    });
    const byGroup = new Map(progress.rows.map((row) => [row.groupId, row]));
    expect(byGroup.get(DOUAI)?.audience).toBe(inDouai.length);
    expect(byGroup.get('group-pilot')).toMatchObject({ audience: inPilotAndDouai.length, path: started });
    // A group with nobody in the audience has no row.
    for (const row of progress.rows) expect(row.audience).toBeGreaterThan(0);

    const listed = (await manager.get(PATHS)).body.items as StudioLearningPath[];
    expect(listed.find((item) => item.id === path.id)?.learners).toEqual(started);

    const csv = await manager.get(`${PATHS}/${path.id}/progress.csv`);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      'group_id,group_en,group_fr,module_id,module_en,module_fr,audience,started,completed',
    );
    expect(lines[1]).toBe(`,,,,,,${inDouai.length},1,0`);
    expect(lines[2]).toBe(`,,,${reading!.id},Read the rules,Read the rules (fr),${inDouai.length},1,1`);
    expect(lines).toHaveLength(1 + progress.rows.length * 3);
  });

  it('is for managers and administrators only', async () => {
    const path = await create();
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    expect((await admin.get(`${PATHS}/${path.id}/progress`)).status).toBe(200);
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.get(`${PATHS}/${path.id}/progress`)).status).toBe(403);
    expect((await ambassador.post(PATHS, pathInput())).status).toBe(403);
    const reviewer = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Reviewer']);
    expect((await reviewer.get(PATHS)).status).toBe(403);
    expect((await manager.get(`${PATHS}/no-such-path/progress`)).status).toBe(404);
  });
});
