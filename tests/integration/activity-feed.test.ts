import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tabDeepLink } from '../../bot/src/chat/tab-deep-link';
import type { AppRole } from '../../bot/src/contract/roles';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { createAmbassadors, eventInput } from '../support/event-fixtures';
import { FakeMicrosoftGraph } from '../support/fake-microsoft-graph';
import type { ReceivedNotification } from '../support/fake-microsoft-graph';
import { contentInput } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const TEAMS_APP_ID = '3f1c9a2e-7d44-4b8e-9c0a-5e6f7a8b9c0d';
const linkTo = (page: Parameters<typeof tabDeepLink>[0]) =>
  tabDeepLink(page, { publicUrl: 'https://ambassade.example', teamsAppId: TEAMS_APP_ID });

let graph: FakeMicrosoftGraph;
let service: TestService;
const serviceEnv = () => ({
  GRAPH_MODE: 'managed-identity',
  GRAPH_BASE_URL: graph.url,
  TEAMS_APP_ID,
  PUBLIC_URL: 'https://ambassade.example',
});
beforeAll(async () => {
  graph = await FakeMicrosoftGraph.start();
  // As App Service sets them for its managed identity: the service's real credential reads them.
  process.env['IDENTITY_ENDPOINT'] = graph.identityEndpoint;
  process.env['IDENTITY_HEADER'] = graph.identityHeader;
  service = await startTestService({ env: serviceEnv() });
});
afterAll(async () => {
  await service?.dispose();
  await graph?.close();
  delete process.env['IDENTITY_ENDPOINT'];
  delete process.env['IDENTITY_HEADER'];
});

const notificationsOf = (activityType: string, subject?: string): ReceivedNotification[] =>
  graph.notifications.filter(
    (notification) =>
      notification.body.activityType === activityType &&
      (subject === undefined || notification.body.topic.value === subject),
  );

/** Opens the tab once (`GET /api/v1/me`), as a person who reads this language and holds these roles. */
async function signIn(objectId: string, roles: AppRole[], language: 'fr' | 'en' = 'fr') {
  const token = await service.token({ objectId, roles });
  const { status } = await getJson(`${service.url}/api/v1/me`, token, {
    headers: { 'accept-language': language },
  });
  expect(status).toBe(200);
}

/** The demo ambassador, with the charter in force accepted (an earlier test may have published a new one). */
async function ambassadorReadyToPropose() {
  const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  const { version } = (await ambassador.get('/api/v1/charter')).body as { version: string };
  await ambassador.post('/api/v1/charter/acceptances', { version, language: 'fr' });
  return ambassador;
}

const proposalText = (title: string) => ({
  campaignId: 'campaign-douai-recrute',
  network: 'linkedin',
  language: 'fr',
  title,
  text: 'Samedi, je fais visiter ma ligne de montage : venez voir comment on construit nos voitures.',
  url: 'https://www.aurore-demo.example/carrieres/portes-ouvertes',
  media: [],
});

describe('activity feed notifications through Microsoft Graph (a test double)', () => {
  it('asks every ambassador to accept a major charter version, a hundred at most per call, after a 429', async () => {
    await createAmbassadors(service, 'feed-charter', 230);
    const ambassadors = await service.repositories.people.ambassadors(DEMO_TENANT_ID);
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    graph.throttleNext(1);

    const major = await admin.post('/api/v1/admin/charter-versions', {
      release: 'major',
      title: { fr: 'Charte', en: 'Charter' },
      body: { fr: 'Soyez vous-même.', en: 'Be yourself.' },
    });
    expect(major.status).toBe(201);

    await vi.waitFor(
      () =>
        expect(notificationsOf('charterToAccept').flatMap((n) => n.userIds).length).toBe(ambassadors.length),
      { timeout: 10_000 },
    );
    const sent = notificationsOf('charterToAccept');
    expect(sent.flatMap((notification) => notification.userIds).sort()).toEqual(
      ambassadors.map((person) => person.id).sort(),
    );
    expect(Math.max(...sent.map((notification) => notification.userIds.length))).toBe(100);
    for (const notification of sent) {
      expect(notification.body).toMatchObject({
        topic: { source: 'text', value: '2.0', webUrl: linkTo('charter') },
        templateParameters: [{ name: 'charterVersion', value: '2.0' }],
        teamsAppId: TEAMS_APP_ID,
      });
    }
    // Each language its own calls: French and English readers are never in one batch.
    const frenchIds = new Set(ambassadors.filter((p) => p.locale === 'fr').map((p) => p.id));
    for (const notification of sent) {
      const french = notification.userIds.filter((id) => frenchIds.has(id)).length;
      expect([0, notification.userIds.length]).toContain(french);
    }
    const bulkCalls = graph
      .graphRequests()
      .filter((request) => request.path === '/v1.0/teamwork/sendActivityNotificationToRecipients');
    expect(bulkCalls[0]!.status).toBe(429);
    expect(bulkCalls[1]!.status).toBe(202);
    expect(bulkCalls[1]!.at - bulkCalls[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('tells the person given a freed seat in the feed, in their language, and not in chat', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const people = await createAmbassadors(service, 'feed-seat', 2);
    const created = await manager.post('/api/v1/studio/events', eventInput({ capacity: 1 }));
    const event = (await manager.post(`/api/v1/studio/events/${created.body.id}/publication`)).body.event;
    const [first, second] = await Promise.all(people.map((person) => apiAs(service, person.id)));
    const path = `/api/v1/events/${event.id}/registration`;
    await first!.post(path);
    expect((await second!.post(path)).body.myRegistration).toEqual({ status: 'waitlisted', position: 1 });

    expect((await first!.delete(path)).status).toBe(200);

    await vi.waitFor(() => expect(notificationsOf('seatFreedUp')).toHaveLength(1), { timeout: 10_000 });
    const [seat] = notificationsOf('seatFreedUp');
    expect(seat!.userIds).toEqual([people[1]!.id]);
    expect(seat!.body).toMatchObject({
      topic: { source: 'text', value: 'Meet the leadership team', webUrl: linkTo('events') },
      previewText: { content: 'Meet the leadership team' },
      templateParameters: [{ name: 'eventTitle', value: 'Meet the leadership team' }],
    });
    expect(
      graph
        .graphRequests()
        .some((request) => request.path === `/v1.0/users/${people[1]!.id}/teamwork/sendActivityNotification`),
    ).toBe(true);
    const attendees = await manager.get(`/api/v1/studio/events/${event.id}/attendees`);
    const promotedCard = await service.repositories.outbox.get(
      DEMO_TENANT_ID,
      `${event.id}:promoted:${Date.parse(attendees.body.items[0].registeredAt)}:${people[1]!.id}`,
    );
    expect(promotedCard).toBeUndefined();
  });

  it('tells the proposer once that their proposal was approved, or sent back, with a link to their proposals', async () => {
    const ambassador = await ambassadorReadyToPropose();
    await signIn(DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const outcomes = [
      { decision: 'approve', activityType: 'proposalApproved', title: 'Portes ouvertes : je fais visiter' },
      { decision: 'request-changes', activityType: 'proposalSentBack', title: 'Ma ligne de montage' },
    ];
    for (const { decision, activityType, title } of outcomes) {
      const proposed = await ambassador.post('/api/v1/proposals', proposalText(title));
      expect(proposed.status).toBe(201);
      const decided = await reviewer.post(`/api/v1/studio/review/${proposed.body.proposal.id}/decisions`, {
        decision,
        comment: 'Merci !',
      });
      expect(decided.status).toBe(200);

      await vi.waitFor(() => expect(notificationsOf(activityType, title)).toHaveLength(1), {
        timeout: 10_000,
      });
      const [outcome] = notificationsOf(activityType, title);
      expect(outcome!.userIds).toEqual([DEMO_AMBASSADOR_ID]);
      expect(outcome!.body).toMatchObject({
        topic: { source: 'text', value: title, webUrl: linkTo('propose') },
        previewText: { content: title },
        templateParameters: [{ name: 'proposalTitle', value: title }],
        teamsAppId: TEAMS_APP_ID,
      });
    }
    // Still one each once everything was sent, and neither under the other's type.
    for (const { activityType, title } of outcomes) {
      expect(notificationsOf(activityType, title)).toHaveLength(1);
    }
    expect(notificationsOf('proposalApproved', outcomes[1]!.title)).toEqual([]);
    expect(notificationsOf('proposalSentBack', outcomes[0]!.title)).toEqual([]);
    // The proposals themselves were announced to the reviewer who had signed in, not to their author.
    await vi.waitFor(() => {
      for (const { title } of outcomes) {
        expect(notificationsOf('contentToReview', title).map((notification) => notification.userIds)).toEqual(
          [[DEMO_REVIEWER_ID]],
        );
      }
    });
  });

  it('asks everyone who signed in as a reviewer to review submitted content, the submitter aside', async () => {
    const reviewers = Array.from({ length: 150 }, (_, index) => ({
      id: `feed-reviewer-${String(index).padStart(3, '0')}`,
      language: index % 5 === 0 ? ('en' as const) : ('fr' as const),
    }));
    // Signing in in small groups keeps the load modest.
    for (let start = 0; start < reviewers.length; start += 10) {
      await Promise.all(
        reviewers
          .slice(start, start + 10)
          .map(({ id, language }) => signIn(id, ['Programme.Reviewer'], language)),
      );
    }
    // A reviewer whose role was since removed in Entra ID, and a manager who reviews too and submits.
    const formerReviewer = 'feed-reviewer-former';
    await signIn(formerReviewer, ['Programme.Reviewer']);
    await signIn(formerReviewer, []);
    const submitterId = 'feed-reviewer-submitter';
    await signIn(submitterId, ['Programme.Reviewer', 'Programme.Manager']);
    const submitter = await apiAs(service, submitterId, ['Programme.Manager', 'Programme.Reviewer']);
    const title = { fr: 'Nos apprentis à l’honneur', en: 'Our apprentices in the spotlight' };
    const input = contentInput(
      'campaign-douai-recrute',
      [{ network: 'linkedin', language: 'fr', text: 'Bravo à nos apprentis #collaborateur' }],
      { title },
    );
    const draft = await submitter.post('/api/v1/studio/content', input);
    expect(draft.status).toBe(201);
    expect((await submitter.post(`/api/v1/studio/content/${draft.body.id}/submission`, input)).status).toBe(
      200,
    );

    const ours = (notifications: ReceivedNotification[]) =>
      notifications
        .flatMap((notification) => notification.userIds)
        .filter((id) => id.startsWith('feed-reviewer-'));
    const sent = () => [
      ...notificationsOf('contentToReview', title.fr),
      ...notificationsOf('contentToReview', title.en),
    ];
    await vi.waitFor(() => expect(ours(sent()).length).toBe(reviewers.length), { timeout: 10_000 });
    expect(ours(sent()).sort()).toEqual(reviewers.map((reviewer) => reviewer.id));
    for (const notification of sent()) {
      expect(notification.userIds.length).toBeLessThanOrEqual(100);
      expect(notification.body).toMatchObject({
        topic: { webUrl: linkTo('review') },
        templateParameters: [{ name: 'itemTitle', value: notification.body.topic.value }],
      });
    }
    // Each reviewer reads the title in the language they signed in with.
    const english = new Set(
      reviewers.filter((reviewer) => reviewer.language === 'en').map((reviewer) => reviewer.id),
    );
    expect(ours(notificationsOf('contentToReview', title.en)).sort()).toEqual([...english].sort());
    expect(Math.max(...notificationsOf('contentToReview', title.fr).map((n) => n.userIds.length))).toBe(100);
  });

  it('keeps a notice announced while Graph is down through a restart, and sends it once Graph is back', async () => {
    const ambassador = await ambassadorReadyToPropose();
    await signIn(DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const title = 'Annoncé pendant une panne';
    const proposed = await ambassador.post('/api/v1/proposals', proposalText(title));
    expect(proposed.status).toBe(201);
    await vi.waitFor(
      () =>
        expect(notificationsOf('contentToReview', title).flatMap((n) => n.userIds)).toContain(
          DEMO_REVIEWER_ID,
        ),
      { timeout: 20_000 },
    );

    graph.down = true;
    const decided = await reviewer.post(`/api/v1/studio/review/${proposed.body.proposal.id}/decisions`, {
      decision: 'approve',
    });
    expect(decided.status).toBe(200);
    // The service tried, Graph refused, and the service stops with the notice still to send.
    await vi.waitFor(() => expect(graph.requests.some((request) => request.status === 503)).toBe(true), {
      timeout: 20_000,
    });
    await service.stop();
    graph.down = false;
    service = await startTestService({ dataDir: service.dataDir, env: serviceEnv() });

    await vi.waitFor(() => expect(notificationsOf('proposalApproved', title)).toHaveLength(1), {
      timeout: 30_000,
    });
    expect(notificationsOf('proposalApproved', title)[0]!.userIds).toEqual([DEMO_AMBASSADOR_ID]);
    // Recorded as sent: nothing of it is left to send, now or later. (Reviewers' notices of the same title, refused
    // during the outage, may still wait for their retry.)
    const inADay = new Date(Date.now() + 86_400_000);
    await vi.waitFor(
      async () =>
        expect(
          (await service.repositories.feedNotices.due(inADay, 100)).filter(
            (notice) => notice.kind === 'proposalApproved' && notice.subject === title,
          ),
        ).toEqual([]),
      { timeout: 20_000 },
    );
  });
});
