import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tabDeepLink } from '../../bot/src/chat/tab-deep-link';
import { DEMO_ADMIN_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { createAmbassadors, eventInput } from '../support/event-fixtures';
import { FakeMicrosoftGraph } from '../support/fake-microsoft-graph';
import type { ReceivedNotification } from '../support/fake-microsoft-graph';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const TEAMS_APP_ID = '3f1c9a2e-7d44-4b8e-9c0a-5e6f7a8b9c0d';
const linkTo = (page: Parameters<typeof tabDeepLink>[0]) =>
  tabDeepLink(page, { publicUrl: 'https://ambassade.example', teamsAppId: TEAMS_APP_ID });

let graph: FakeMicrosoftGraph;
let service: TestService;
beforeAll(async () => {
  graph = await FakeMicrosoftGraph.start();
  // As App Service sets them for its managed identity: the service's real credential reads them.
  process.env['IDENTITY_ENDPOINT'] = graph.identityEndpoint;
  process.env['IDENTITY_HEADER'] = graph.identityHeader;
  service = await startTestService({
    env: {
      GRAPH_MODE: 'managed-identity',
      GRAPH_BASE_URL: graph.url,
      TEAMS_APP_ID,
      PUBLIC_URL: 'https://ambassade.example',
    },
  });
});
afterAll(async () => {
  await service?.dispose();
  await graph?.close();
  delete process.env['IDENTITY_ENDPOINT'];
  delete process.env['IDENTITY_HEADER'];
});

const notificationsOf = (activityType: string): ReceivedNotification[] =>
  graph.notifications.filter((notification) => notification.body.activityType === activityType);

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
});
