import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { contentPublicationJob } from '../../bot/src/jobs/content-publication-job';
import { createLogger } from '../../bot/src/logger';
import { apiAs } from '../support/api-client';
import { campaignInput, contentInput, inDays } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

type Client = Awaited<ReturnType<typeof apiAs>>;

let service: TestService;
let manager: Client;
let reviewer: Client;
let admin: Client;
let ambassador: Client;
let campaignId: string;

beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
  reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
  admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  campaignId = (await manager.post('/api/v1/studio/campaigns', campaignInput())).body.id;
  await manager.put(`/api/v1/studio/campaigns/${campaignId}/status`, { status: 'scheduled' });
});
afterAll(() => service.dispose());

const texts = [
  { network: 'linkedin', language: 'fr', text: 'Venez découvrir notre usine samedi #collaborateur' },
  { network: 'x', language: 'en', text: 'Open day at the Douai plant on Saturday #employee' },
];

async function draft(by: Client = manager, input = contentInput(campaignId, texts)) {
  const { status, body } = await by.post('/api/v1/studio/content', input);
  expect(status).toBe(201);
  return body.id as string;
}
const submit = (id: string, input: unknown = contentInput(campaignId, texts), by: Client = manager) =>
  by.post(`/api/v1/studio/content/${id}/submission`, input);
const decide = (id: string, decision: string, by: Client = reviewer, comment?: string) =>
  by.post(`/api/v1/studio/review/${id}/decisions`, { decision, ...(comment ? { comment } : {}) });
const setPolicy = (policy: unknown) => admin.put('/api/v1/admin/content-policy', policy);

describe('guardrails when authoring', () => {
  it('refuses to submit a text with a banned term, naming the text and the term', async () => {
    const id = await draft();
    const withBannedTerm = [texts[0]!, { network: 'x', language: 'en', text: 'Insider news: we are hiring' }];
    const { status, body } = await submit(id, contentInput(campaignId, withBannedTerm));
    expect(status).toBe(400);
    expect(body.code).toBe('content.textsRefused');
    expect(body.errors).toEqual([
      {
        field: 'body.texts.1.text',
        code: 'guardrail.bannedTerm',
        params: { term: 'insider' },
        message: 'Remove “insider”: the charter does not allow this term.',
      },
    ]);
    expect((await manager.get(`/api/v1/studio/content/${id}`)).body.status).toBe('draft');
  });

  it('adds a missing disclosure at submission, and says to which texts', async () => {
    const id = await draft();
    const { status, body } = await submit(
      id,
      contentInput(campaignId, [texts[0]!, { network: 'x', language: 'en', text: 'Open day on Saturday' }]),
    );
    expect(status).toBe(200);
    expect(body.disclosureAddedTo).toEqual([1]);
    expect(body.item.status).toBe('submitted');
    expect(body.item.texts[1].text).toBe('Open day on Saturday #employee');
    expect(body.item.history.map((event: { action: string }) => event.action)).toEqual([
      'created',
      'submitted',
    ]);
  });
});

describe('review', () => {
  it('four eyes: whoever wrote an item cannot approve it; another reviewer can, which publishes it', async () => {
    const both = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Manager', 'Programme.Reviewer']);
    const id = await draft(both);
    await submit(id, contentInput(campaignId, texts), both);
    expect((await both.get(`/api/v1/studio/content/${id}`)).body.fourEyesApplies).toBe(true);
    const own = await decide(id, 'approve', both);
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({
      code: 'content.ownReview',
      detail: expect.stringContaining('another reviewer must approve it (four-eyes rule)'),
    });

    const approved = await decide(id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('published');
    expect((await ambassador.get(`/api/v1/library/${id}`)).status).toBe(200);
  });

  it('an administrator may switch four eyes off', async () => {
    const both = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Manager', 'Programme.Admin']);
    await setPolicy({ fourEyes: false, guardrails: [] });
    try {
      const id = await draft(both);
      await submit(id, contentInput(campaignId, texts), both);
      expect((await decide(id, 'approve', both)).body.status).toBe('published');
    } finally {
      await setPolicy({ fourEyes: true, guardrails: [] });
    }
  });

  it('refuses transitions the workflow does not allow with 409 and a clear reason', async () => {
    const id = await draft();
    const early = await decide(id, 'approve');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'content.notApprovable',
      params: { status: 'draft' },
      detail: 'Only submitted items can be approved; this one is draft.',
    });
    const withdrawDraft = await manager.post(`/api/v1/studio/content/${id}/withdrawal`);
    expect(withdrawDraft.status).toBe(409);
    expect(withdrawDraft.body).toMatchObject({
      code: 'content.notWithdrawable',
      params: { status: 'draft' },
    });

    await submit(id);
    const editSubmitted = await manager.put(`/api/v1/studio/content/${id}`, contentInput(campaignId, texts));
    expect(editSubmitted.status).toBe(409);
    expect(editSubmitted.body).toMatchObject({
      code: 'content.notEditable',
      params: { status: 'submitted' },
    });
    await decide(id, 'reject', reviewer, 'Off topic for this campaign.');
    const resubmit = await submit(id);
    expect(resubmit.status).toBe(409);
    expect(resubmit.body).toMatchObject({ code: 'content.notSubmittable', params: { status: 'rejected' } });
  });

  it('changes requested go back to the author with the reviewer’s comments, who edits and submits again', async () => {
    const id = await draft();
    await submit(id);
    await reviewer.post(`/api/v1/studio/review/${id}/comments`, { comment: 'Nice photo.' });
    const noComment = await decide(id, 'request-changes');
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors[0].field).toBe('body.comment');
    await decide(id, 'request-changes', reviewer, 'Say which Saturday.');

    const seen = (await manager.get(`/api/v1/studio/content/${id}`)).body;
    expect(seen.status).toBe('changes-requested');
    expect(seen.history.slice(-2)).toEqual([
      expect.objectContaining({
        action: 'commented',
        comment: 'Nice photo.',
        by: expect.objectContaining({ id: DEMO_REVIEWER_ID }),
      }),
      expect.objectContaining({ action: 'changes-requested', comment: 'Say which Saturday.' }),
    ]);
    const edited = contentInput(campaignId, [
      { ...texts[0]!, text: 'Portes ouvertes samedi 14 juin #collaborateur' },
    ]);
    expect((await manager.put(`/api/v1/studio/content/${id}`, edited)).status).toBe(200);
    expect((await submit(id, edited)).body.item.status).toBe('submitted');
  });

  it('approval checks the texts again against the guardrails in force', async () => {
    const id = await draft();
    await submit(id);
    const rule = {
      network: 'linkedin',
      language: 'fr',
      maxLength: 3000,
      disclosure: '#collaborateur',
      bannedTerms: ['usine'],
      allowedLinkDomains: [],
    };
    await setPolicy({ fourEyes: true, guardrails: [rule] });
    try {
      const { status, body } = await decide(id, 'approve');
      expect(status).toBe(409);
      expect(body.code).toBe('review.textsNoLongerPass');
      expect(body.errors).toEqual([
        {
          field: 'texts.0.text',
          code: 'guardrail.bannedTerm',
          params: { term: 'usine' },
          message: 'Remove “usine”: the charter does not allow this term.',
        },
      ]);
    } finally {
      await setPolicy({ fourEyes: true, guardrails: [] });
    }
  });

  it('a reviewer corrects each of two LinkedIn texts in French with its own words, naming it by its position', async () => {
    const linkedinFr = { network: 'linkedin', language: 'fr' };
    const alternatives = [
      { ...linkedinFr, text: 'Portes ouvertes samdi à Douai #collaborateur' },
      texts[1]!,
      { ...linkedinFr, text: 'Venez visiter notre usine samdi #collaborateur' },
    ];
    const input = contentInput(campaignId, alternatives);
    const id = await draft(manager, input);
    await submit(id, input);
    const approve = (corrected: unknown[]) =>
      reviewer.post(`/api/v1/studio/review/${id}/decisions`, { decision: 'approve', texts: corrected });

    const pastTheTexts = await approve([{ ...linkedinFr, position: 2, text: 'Troisième' }]);
    expect(pastTheTexts.status).toBe(400);
    expect(pastTheTexts.body.errors).toEqual([
      expect.objectContaining({ field: 'body.texts.0.position', code: 'field.noTextAtPosition' }),
    ]);
    const notAPosition = await approve([{ ...linkedinFr, position: -1, text: 'Avant' }]);
    expect(notAPosition.status).toBe(400);
    expect(notAPosition.body.errors[0].field).toBe('body.texts.0.position');
    // No position is the first text's, as clients sent before an item held several texts per slot.
    const twice = await approve([
      { ...linkedinFr, text: 'Une' },
      { ...linkedinFr, position: 0, text: 'Deux' },
    ]);
    expect(twice.body.errors).toEqual([
      expect.objectContaining({ field: 'body.texts.1', code: 'field.textTwice' }),
    ]);
    // A correction the guardrails refuse is named as the reviewer sent it, not as the item's first LinkedIn text.
    const banned = await approve([
      { ...linkedinFr, text: 'Portes ouvertes samedi à Douai #collaborateur' },
      { ...linkedinFr, position: 1, text: 'Visite confidentielle samedi #collaborateur' },
    ]);
    expect(banned.status).toBe(400);
    expect(banned.body.errors).toEqual([
      expect.objectContaining({ field: 'body.texts.1.text', code: 'guardrail.bannedTerm' }),
    ]);
    expect((await reviewer.get(`/api/v1/studio/content/${id}`)).body.texts).toEqual(alternatives);

    const approved = await approve([
      { ...linkedinFr, position: 1, text: 'Venez visiter notre usine samedi #collaborateur' },
      { ...linkedinFr, text: 'Portes ouvertes samedi 14 juin à Douai #collaborateur' },
    ]);
    expect(approved.status).toBe(200);
    expect(approved.body.texts).toEqual([
      { ...linkedinFr, text: 'Portes ouvertes samedi 14 juin à Douai #collaborateur' },
      texts[1],
      { ...linkedinFr, text: 'Venez visiter notre usine samedi #collaborateur' },
    ]);
    const corrected = approved.body.history.find((event: { action: string }) => event.action === 'corrected');
    expect(corrected.corrections).toEqual([
      {
        ...linkedinFr,
        before: 'Portes ouvertes samdi à Douai #collaborateur',
        after: 'Portes ouvertes samedi 14 juin à Douai #collaborateur',
      },
      {
        ...linkedinFr,
        before: 'Venez visiter notre usine samdi #collaborateur',
        after: 'Venez visiter notre usine samedi #collaborateur',
      },
    ]);
  });

  it('approved content with a future publication date waits for it, then the publication job publishes it', async () => {
    const publishAt = inDays(1);
    const input = contentInput(campaignId, texts, { publishAt });
    const id = await draft(manager, input);
    await submit(id, input);
    expect((await decide(id, 'approve')).body.status).toBe('approved');
    expect((await ambassador.get(`/api/v1/library/${id}`)).status).toBe(404);

    const tomorrow = () => new Date(Date.parse(publishAt) + 1_000);
    await runJobOnce(contentPublicationJob(service.repositories, createLogger('silent'), tomorrow));
    const item = await service.repositories.content.get(DEMO_TENANT_ID, id);
    expect(item).toMatchObject({ status: 'published', publishedAt: tomorrow().toISOString() });
    expect(item?.history?.at(-1)).toMatchObject({ action: 'published' });
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: id }, 20);
    expect(audit.items.map((record) => record.action)).toContain('content.published');
  });

  it('a published item withdrawn leaves the library at once; the shares made stay recorded', async () => {
    const id = await draft();
    await submit(id);
    await decide(id, 'approve');
    const shared = await ambassador.post(`/api/v1/library/${id}/shares`, {
      network: 'linkedin',
      language: 'fr',
      text: 'Venez nombreux',
    });
    expect(shared.status).toBe(201);

    const withdrawn = await manager.post(`/api/v1/studio/content/${id}/withdrawal`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await ambassador.get(`/api/v1/library/${id}`)).status).toBe(404);
    const library = (await ambassador.get('/api/v1/library?limit=50')).body.items as { id: string }[];
    expect(library.map((item) => item.id)).not.toContain(id);
    expect(
      await service.repositories.shares.ofPersonAndItem(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID, id),
    ).toHaveLength(1);
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: id }, 20);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'content.approved',
      'content.created',
      'content.published',
      'content.submitted',
      'content.withdrawn',
    ]);
  });

  it('lists the queue for reviewers, oldest first, and refuses it to managers', async () => {
    const first = await draft();
    await submit(first);
    const second = await draft();
    await submit(second);
    const queue = (await reviewer.get('/api/v1/studio/review')).body.items as {
      id: string;
      status: string;
    }[];
    expect(queue.every((item) => item.status === 'submitted')).toBe(true);
    expect(queue.findIndex((item) => item.id === first)).toBeLessThan(
      queue.findIndex((item) => item.id === second),
    );
    expect((await manager.get('/api/v1/studio/review')).status).toBe(403);
  });
});

describe('guardrails at share time come from the tenant’s settings', () => {
  it('the library offers them, and sharing enforces them', async () => {
    const rule = {
      network: 'linkedin',
      language: 'fr',
      maxLength: 500,
      disclosure: '#AuroreCollab',
      bannedTerms: ['batterie'],
      allowedLinkDomains: ['aurore-demo.example'],
    };
    const saved = await setPolicy({ fourEyes: true, guardrails: [rule] });
    expect(saved.status).toBe(200);
    try {
      const item = (await ambassador.get('/api/v1/library/item-01')).body;
      const linkedinFr = item.texts.find(
        (text: { network: string; language: string }) =>
          text.network === 'linkedin' && text.language === 'fr',
      );
      expect(linkedinFr.guardrails).toEqual({
        maxLength: 500,
        disclosure: '#AuroreCollab',
        bannedTerms: ['batterie'],
        allowedLinkDomains: ['aurore-demo.example'],
      });
      const refused = await ambassador.post('/api/v1/library/item-01/shares', {
        network: 'linkedin',
        language: 'fr',
        text: 'La nouvelle batterie arrive',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0]).toMatchObject({
        code: 'guardrail.bannedTerm',
        params: { term: 'batterie' },
      });
      const shared = await ambassador.post('/api/v1/library/item-01/shares', {
        network: 'linkedin',
        language: 'fr',
        text: 'Douai recrute',
      });
      expect(shared.body.finalText).toBe('Douai recrute #AuroreCollab');

      const audit = await service.repositories.audit.page(
        DEMO_TENANT_ID,
        { action: 'content-policy.updated' },
        1,
      );
      expect(audit.items[0]).toMatchObject({ actor: { id: DEMO_ADMIN_ID }, after: { guardrails: [rule] } });
    } finally {
      await setPolicy({ fourEyes: true, guardrails: [] });
    }
  });

  it('only administrators change them; every studio role reads them', async () => {
    expect(
      (await manager.put('/api/v1/admin/content-policy', { fourEyes: false, guardrails: [] })).status,
    ).toBe(403);
    const policy = (await reviewer.get('/api/v1/studio/content-policy')).body;
    expect(policy.fourEyes).toBe(true);
    expect(policy.guardrails).toHaveLength(10);
    const duplicated = await setPolicy({
      fourEyes: true,
      guardrails: [
        {
          network: 'x',
          language: 'en',
          maxLength: 280,
          disclosure: '',
          bannedTerms: [],
          allowedLinkDomains: [],
        },
        {
          network: 'x',
          language: 'en',
          maxLength: 200,
          disclosure: '',
          bannedTerms: [],
          allowedLinkDomains: [],
        },
      ],
    });
    expect(duplicated.status).toBe(400);
    expect(duplicated.body.errors[0].field).toBe('body.guardrails');
  });
});

describe('an author’s edit of an item changed since they opened it', () => {
  it('is refused with 412, and the other change stays', async () => {
    const id = await draft();
    const path = `${service.url}/api/v1/studio/content/${id}`;
    const opened = (await getJson(path, manager.token)).response.headers.get('etag')!;
    const put = (version: string, text: string) =>
      getJson(path, manager.token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'if-match': version },
        body: JSON.stringify(contentInput(campaignId, [{ ...texts[0]!, text }])),
      });
    const first = await put(opened, 'Première version #collaborateur');
    expect(first.status).toBe(200);
    expect((await put(opened, 'Version d’un autre onglet #collaborateur')).status).toBe(412);
    expect((await put(first.response.headers.get('etag')!, 'Suite #collaborateur')).status).toBe(200);
    expect((await getJson(path, manager.token)).body.texts[0].text).toBe('Suite #collaborateur');
  });
});
