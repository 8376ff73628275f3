import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import type { ArchiveRecordDoc } from '../../bot/src/domain/archive/archive-record';
import { apiAs } from '../support/api-client';
import { articlePage, campaignInput, onePixelPng, startPageServer } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let ambassador: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  [service, pages] = await Promise.all([
    startTestService(),
    startPageServer({
      '/article': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage),
    }),
  ]);
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID, [], 'Julien Moreau');
});
afterAll(async () => {
  await pages.close();
  await service.dispose();
});

const proposal = (overrides: Record<string, unknown> = {}) => ({
  campaignId: 'campaign-douai-recrute',
  network: 'linkedin',
  language: 'fr',
  text: 'Samedi, je fais visiter ma ligne de montage : venez voir comment on construit nos voitures.',
  url: `${pages.url}/article`,
  media: [],
  ...overrides,
});

/** The ambassador uploads a photo, as the proposal form does; answers its media id. */
async function uploadPhoto(): Promise<string> {
  const token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
  const photo = await fetch(`${service.url}/api/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
    body: onePixelPng,
  });
  return ((await photo.json()) as { id: string }).id;
}

describe('an ambassador’s proposal', () => {
  it('may be for the campaigns that target them, with the rules their text must follow', async () => {
    const { status, body } = await ambassador.get('/api/v1/proposals/options');
    expect(status).toBe(200);
    expect(body.campaigns.map((campaign: { id: string }) => campaign.id).sort()).toEqual([
      'campaign-douai-recrute',
      'campaign-recharge-soleil',
    ]);
    expect(body.guardrails).toHaveLength(10);

    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const digitalOnly = (
      await manager.post(
        '/api/v1/studio/campaigns',
        campaignInput({ audience: { groupIds: ['group-digital'], brandIds: [], languages: [] } }),
      )
    ).body.id as string;
    await manager.put(`/api/v1/studio/campaigns/${digitalOnly}/status`, { status: 'scheduled' });
    const elsewhere = await ambassador.post('/api/v1/proposals', proposal({ campaignId: digitalOnly }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0].field).toBe('body.campaignId');
  });

  it('follows the guardrails: a banned term is refused, by name', async () => {
    const refused = await ambassador.post(
      '/api/v1/proposals',
      proposal({ text: 'Info confidentielle : on recrute' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'proposal.textRefused' });
    expect(refused.body.errors).toEqual([
      {
        field: 'body.text',
        code: 'guardrail.bannedTerm',
        params: { term: 'confidentiel' },
        message: 'Remove “confidentiel”: the charter does not allow this term.',
      },
    ]);
  });

  it('goes to review, and once approved joins the library crediting its author', async () => {
    const photoId = await uploadPhoto();

    const created = await ambassador.post('/api/v1/proposals', proposal({ media: [photoId] }));
    expect(created.status).toBe(201);
    expect(created.body.disclosureAdded).toBe(true);
    const { proposal: proposed } = created.body;
    expect(proposed).toMatchObject({
      status: 'submitted',
      // The link's own preview titles it.
      title: { fr: 'Aurore opens its Douai plant to visitors' },
      text: expect.stringMatching(/#collaborateur$/),
    });

    const reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const queue = (await reviewer.get('/api/v1/studio/review')).body.items as {
      id: string;
      proposedBy?: unknown;
    }[];
    expect(queue.find((item) => item.id === proposed.id)?.proposedBy).toEqual({
      id: DEMO_AMBASSADOR_ID,
      displayName: 'Julien Moreau',
    });
    const approved = await reviewer.post(`/api/v1/studio/review/${proposed.id}/decisions`, {
      decision: 'approve',
      comment: 'Merci Julien !',
    });
    expect(approved.body.status).toBe('published');

    const library = (await ambassador.get('/api/v1/library?limit=50')).body.items as {
      id: string;
      proposedBy?: { displayName: string };
      preview: { imageUrl?: string };
    }[];
    const inLibrary = library.find((item) => item.id === proposed.id);
    expect(inLibrary?.proposedBy?.displayName).toBe('Julien Moreau');
    expect(inLibrary?.preview.imageUrl).toBe(`/media/${photoId}`);

    // The compliance archive keeps both communications, word for word: the proposal and what was approved.
    const archived: ArchiveRecordDoc[] = [];
    for await (const record of service.repositories.archive.records(DEMO_TENANT_ID)) {
      if (record.itemId === proposed.id) archived.push(record);
    }
    expect(archived.map((record) => [record.type, record.personId, record.text])).toEqual([
      ['proposal', DEMO_AMBASSADOR_ID, proposed.text],
      ['approval', DEMO_REVIEWER_ID, proposed.text],
    ]);

    const mine = (await ambassador.get('/api/v1/me/proposals')).body.items as {
      id: string;
      status: string;
      history: { action: string; comment?: string }[];
    }[];
    expect(mine[0]).toMatchObject({ id: proposed.id, status: 'published' });
    expect(mine[0]!.history.map((event) => event.action)).toEqual(['proposed', 'approved', 'published']);
    expect(mine[0]!.history[1]!.comment).toBe('Merci Julien !');

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: proposed.id }, 10);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'content.approved',
      'content.proposed',
      'content.published',
    ]);
  });

  it('may be a photo without a link, titled by its author; the tracked links lead to the photo', async () => {
    const none = await ambassador.post('/api/v1/proposals', proposal({ url: undefined }));
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([
      { field: 'body.url', code: 'field.linkOrMedia', message: 'give a link, or add a photo or a video' },
    ]);

    const photoId = await uploadPhoto();
    const created = await ambassador.post(
      '/api/v1/proposals',
      proposal({ url: undefined, media: [photoId], title: 'L’atelier peinture, ce matin' }),
    );
    expect(created.status).toBe(201);
    expect(created.body.proposal).toMatchObject({
      title: { fr: 'L’atelier peinture, ce matin', en: 'L’atelier peinture, ce matin' },
      // The service's public address (localhost on a local run) where the photo is served.
      url: expect.stringMatching(new RegExp(`^http://localhost:\\d+/media/${photoId}$`)),
    });
  });

  it('a reviewer corrects a typo before approving: the author sees the change, the audit log keeps it', async () => {
    const created = await ambassador.post(
      '/api/v1/proposals',
      proposal({ text: 'Venez visiter notre usine samdi' }),
    );
    const { id } = created.body.proposal;
    const reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const decide = (body: unknown) => reviewer.post(`/api/v1/studio/review/${id}/decisions`, body);
    const linkedinFr = { network: 'linkedin', language: 'fr' };

    const unknown = await decide({
      decision: 'approve',
      texts: [{ network: 'x', language: 'fr', text: 'Hop' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('body.texts.0');
    const banned = await decide({
      decision: 'approve',
      texts: [{ ...linkedinFr, text: 'Visite confidentielle samedi' }],
    });
    expect(banned.status).toBe(400);
    expect(banned.body.errors[0].field).toBe('body.texts.0.text');
    const notApproving = await decide({
      decision: 'reject',
      comment: 'Non',
      texts: [{ ...linkedinFr, text: 'Venez samedi' }],
    });
    expect(notApproving.status).toBe(400);
    expect(notApproving.body.errors[0].field).toBe('body.texts');
    // Nothing of the refused attempts was written.
    expect((await reviewer.get(`/api/v1/studio/content/${id}`)).body.status).toBe('submitted');

    const approved = await decide({
      decision: 'approve',
      texts: [{ ...linkedinFr, text: 'Venez visiter notre usine samedi #collaborateur' }],
    });
    expect(approved.status).toBe(200);
    expect(approved.body.texts).toEqual([
      { ...linkedinFr, text: 'Venez visiter notre usine samedi #collaborateur' },
    ]);

    const mine = (await ambassador.get('/api/v1/me/proposals')).body.items.find(
      (item: { id: string }) => item.id === id,
    );
    expect(mine.history.map((event: { action: string }) => event.action)).toEqual([
      'proposed',
      'corrected',
      'approved',
      'published',
    ]);
    expect(mine.history[1].corrections).toEqual([
      {
        ...linkedinFr,
        before: 'Venez visiter notre usine samdi #collaborateur',
        after: 'Venez visiter notre usine samedi #collaborateur',
      },
    ]);
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: id }, 10);
    // Each record names the content by its title as it was then, not by its id alone.
    expect(audit.items.every((record) => record.entity.title?.fr === created.body.proposal.title.fr)).toBe(
      true,
    );
    const correction = audit.items.find((record) => record.action === 'content.corrected');
    expect(correction).toMatchObject({
      actor: { id: DEMO_REVIEWER_ID },
      before: { texts: [{ text: 'Venez visiter notre usine samdi #collaborateur' }] },
      after: { texts: [{ text: 'Venez visiter notre usine samedi #collaborateur' }] },
    });
  });

  it('is for ambassadors: an employee is led to the charter', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const { status, body } = await employee.post('/api/v1/proposals', proposal());
    expect(status).toBe(409);
    expect(body.type).toBe('/problems/not-an-ambassador');
  });
});
