import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { OutboxDoc } from '../../bot/src/domain/documents';
import { eventReminderJob } from '../../bot/src/jobs/event-reminder-job';
import { createLogger } from '../../bot/src/logger';
import { apiAs } from '../support/api-client';
import { pressCardAction } from '../support/card-action';
import { createAmbassadors, eventInput } from '../support/event-fixtures';
import { inDays } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

interface EventView {
  id: string;
  status: string;
  registered: number;
  waitlisted: number;
}

async function publishedEvent(overrides: Record<string, unknown> = {}): Promise<EventView> {
  const created = await manager.post('/api/v1/studio/events', eventInput(overrides));
  expect(created.status).toBe(201);
  const published = await manager.post(`/api/v1/studio/events/${created.body.id}/publication`);
  expect(published.status).toBe(200);
  return published.body.event as EventView;
}

const outbox = (messageId: string, personId: string) =>
  service.repositories.outbox.get(DEMO_TENANT_ID, `${messageId}:${personId}`);

describe('events in the studio', () => {
  it('are created as drafts, validated field by field, listed page by page, and audited', async () => {
    const invalid = await manager.post(
      '/api/v1/studio/events',
      eventInput({ place: '', onlineUrl: 'javascript:alert(1)', capacity: 0 }),
    );
    expect(invalid.status).toBe(400);
    const fields = (invalid.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.onlineUrl', 'body.capacity']));
    const noPlace = await manager.post('/api/v1/studio/events', eventInput({ place: undefined }));
    expect(noPlace.body.errors).toEqual([
      { field: 'body.place', code: 'field.placeOrOnlineLink', message: 'give a place or an online link' },
    ]);
    const unknownGroup = await manager.post(
      '/api/v1/studio/events',
      eventInput({ audience: { groupIds: ['no-such-group'], brandIds: [], languages: [] } }),
    );
    expect(unknownGroup.status).toBe(400);

    const first = await manager.post(
      '/api/v1/studio/events',
      eventInput({ startsAt: inDays(30), endsAt: inDays(30.1) }),
    );
    const second = await manager.post(
      '/api/v1/studio/events',
      eventInput({ onlineUrl: 'https://meet.example.com/x' }),
    );
    expect(first.body).toMatchObject({ status: 'draft', registered: 0, waitlisted: 0 });
    const page = await manager.get('/api/v1/studio/events?limit=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.continuationToken).toBeTypeOf('string');
    const next = await manager.get(
      `/api/v1/studio/events?limit=100&continuationToken=${encodeURIComponent(page.body.continuationToken)}`,
    );
    const ids = [...page.body.items, ...next.body.items].map((event: EventView) => event.id);
    expect(ids).toEqual(expect.arrayContaining([first.body.id, second.body.id]));

    const audit = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Admin']);
    const records = await audit.get(`/api/v1/audit?entityType=event&entityId=${first.body.id}`);
    expect(records.body.items.map((record: { action: string }) => record.action)).toEqual(['event.created']);
  });

  it('are hidden from ambassadors until published, then invite the audience with a card', async () => {
    const [reachable] = await createAmbassadors(service, 'invited', 1);
    const created = await manager.post('/api/v1/studio/events', eventInput());
    const ambassador = await apiAs(service, reachable!.id);
    const before = await ambassador.get('/api/v1/events');
    expect(before.body.items.map((event: EventView) => event.id)).not.toContain(created.body.id);

    const published = await manager.post(`/api/v1/studio/events/${created.body.id}/publication`);
    expect(published.body.event.status).toBe('published');
    expect(published.body.invitations.queued).toBeGreaterThanOrEqual(1);
    const invitation = (await outbox(`${created.body.id}:invitation`, reachable!.id)) as OutboxDoc;
    expect(invitation.kind).toBe('event');
    expect(JSON.stringify(invitation.message.card)).toContain('event.register');

    const after = await ambassador.get('/api/v1/events');
    expect(after.body.items.find((event: EventView) => event.id === created.body.id)).toMatchObject({
      registrationOpen: true,
      seatsLeft: 10,
      myRegistration: { status: 'none' },
    });
    // Publishing again (e.g. a retry) sends nobody a second invitation.
    const again = await manager.post(`/api/v1/studio/events/${created.body.id}/publication`);
    expect(again.body.invitations.queued).toBe(0);
  });
});

describe('registration', () => {
  it('gives seats, then the waitlist; a cancellation promotes the first waiting, who is told', async () => {
    const people = await createAmbassadors(service, 'waitlist', 3);
    const event = await publishedEvent({ capacity: 1 });
    const [first, second, third] = await Promise.all(people.map((person) => apiAs(service, person.id)));
    const path = `/api/v1/events/${event.id}/registration`;

    expect((await first!.post(path)).body.myRegistration).toEqual({ status: 'registered' });
    expect((await second!.post(path)).body.myRegistration).toEqual({ status: 'waitlisted', position: 1 });
    expect((await third!.post(path)).body.myRegistration).toEqual({ status: 'waitlisted', position: 2 });
    expect((await second!.post(path)).body.myRegistration).toEqual({ status: 'waitlisted', position: 1 });

    const cancelled = await first!.delete(path);
    expect(cancelled.body.myRegistration).toEqual({ status: 'none' });
    const secondNow = (await second!.get('/api/v1/events')).body.items.find(
      (e: EventView) => e.id === event.id,
    );
    expect(secondNow.myRegistration).toEqual({ status: 'registered' });
    const thirdNow = (await third!.get('/api/v1/events')).body.items.find(
      (e: EventView) => e.id === event.id,
    );
    expect(thirdNow.myRegistration).toEqual({ status: 'waitlisted', position: 1 });

    const studio = await manager.get(`/api/v1/studio/events/${event.id}/attendees`);
    expect(
      studio.body.items.map((a: { personId: string; status: string }) => [a.personId, a.status]),
    ).toEqual([
      [people[1]!.id, 'registered'],
      [people[2]!.id, 'waitlisted'],
    ]);
    const fewer = await manager.put(`/api/v1/studio/events/${event.id}`, eventInput({ capacity: 0 }));
    expect(fewer.status).toBe(400);
    const more = await manager.put(
      `/api/v1/studio/events/${event.id}`,
      eventInput({ capacity: 2, place: undefined, onlineUrl: 'https://meet.example.com/y' }),
    );
    expect(more.body).toMatchObject({
      capacity: 2,
      registered: 2,
      waitlisted: 0,
      onlineUrl: 'https://meet.example.com/y',
    });
    expect(more.body).not.toHaveProperty('place');
    const promotedCard = await service.repositories.outbox.get(
      DEMO_TENANT_ID,
      `${event.id}:promoted:${Date.parse(studio.body.items[0].registeredAt)}:${people[1]!.id}`,
    );
    expect(promotedCard?.kind).toBe('event');
  });

  it('never exceeds the capacity when many register at once', async () => {
    const people = await createAmbassadors(service, 'crowd', 40);
    const event = await publishedEvent({ capacity: 10 });
    const callers = await Promise.all(people.map((person) => apiAs(service, person.id)));
    const answers = await Promise.all(
      callers.map((caller) => caller.post(`/api/v1/events/${event.id}/registration`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 200));
    const statuses = answers.map((answer) => answer.body.myRegistration.status);
    expect(statuses.filter((status) => status === 'registered')).toHaveLength(10);
    const positions = answers
      .filter((answer) => answer.body.myRegistration.status === 'waitlisted')
      .map((answer) => answer.body.myRegistration.position as number)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    const stored = await service.repositories.events.get(DEMO_TENANT_ID, event.id);
    expect(stored?.registered).toHaveLength(10);
    expect(new Set([...stored!.registered, ...stored!.waitlist].map((entry) => entry.personId)).size).toBe(
      40,
    );
  });

  it('refuses people outside the audience and registrations after the deadline', async () => {
    const event = await publishedEvent({
      audience: { groupIds: ['group-douai-plant'], brandIds: [], languages: [] },
    });
    const [outsider] = await createAmbassadors(service, 'outsider', 1);
    const caller = await apiAs(service, outsider!.id);
    expect((await caller.post(`/api/v1/events/${event.id}/registration`)).status).toBe(404);
    const closing = await manager.post('/api/v1/studio/events', eventInput());
    const stored = await service.repositories.events.get(DEMO_TENANT_ID, closing.body.id);
    await service.repositories.events.upsert({
      ...stored!,
      status: 'published',
      registrationClosesAt: new Date(Date.now() - 1000).toISOString(),
    });
    const late = await caller.post(`/api/v1/events/${closing.body.id}/registration`);
    expect(late.status).toBe(409);
  });

  it('lists attendees as CSV and gives an .ics file to add to a calendar', async () => {
    const [person] = await createAmbassadors(service, 'csv', 1);
    const event = await publishedEvent();
    const caller = await apiAs(service, person!.id);
    await caller.post(`/api/v1/events/${event.id}/registration`);
    const csv = await manager.get(`/api/v1/studio/events/${event.id}/attendees?format=csv`);
    expect(csv.contentType).toContain('text/csv');
    expect(csv.body).toContain(`registered,,Ambassador ${person!.id},${person!.id}@aurore-demo.example`);
    const ics = await caller.get(`/api/v1/events/${event.id}/calendar`);
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect((await caller.get('/api/v1/studio/events')).status).toBe(403);
  });
});

describe('cancelling an event', () => {
  it('tells everyone registered or waiting, and stops registration', async () => {
    const people = await createAmbassadors(service, 'cancel', 2);
    const event = await publishedEvent({ capacity: 1 });
    const callers = await Promise.all(people.map((person) => apiAs(service, person.id)));
    for (const caller of callers) await caller.post(`/api/v1/events/${event.id}/registration`);
    const cancelled = await manager.post(`/api/v1/studio/events/${event.id}/cancellation`);
    expect(cancelled.body.status).toBe('cancelled');
    for (const person of people) expect(await outbox(`${event.id}:cancelled`, person.id)).toBeDefined();
    const view = (await callers[0]!.get('/api/v1/events')).body.items.find(
      (e: EventView) => e.id === event.id,
    );
    expect(view).toMatchObject({ cancelled: true, registrationOpen: false });
    expect((await callers[0]!.delete(`/api/v1/events/${event.id}/registration`)).status).toBe(409);
    const retried = await manager.post(`/api/v1/studio/events/${event.id}/cancellation`);
    expect(retried.body.status).toBe('cancelled');
    expect((await manager.post(`/api/v1/studio/events/${event.id}/publication`)).status).toBe(409);
    const progress = await service.repositories.outbox.progress(DEMO_TENANT_ID, `${event.id}:cancelled`);
    expect(progress.pending).toBe(2);
  });
});

describe('erasure', () => {
  it('gives up the seats of a person who is erased: the first waiting gets theirs', async () => {
    const [leaving, waiting] = await createAmbassadors(service, 'erased', 2);
    const event = await publishedEvent({ capacity: 1 });
    const [leavingCaller, waitingCaller] = await Promise.all([
      apiAs(service, leaving!.id),
      apiAs(service, waiting!.id),
    ]);
    await leavingCaller.post(`/api/v1/events/${event.id}/registration`);
    await waitingCaller.post(`/api/v1/events/${event.id}/registration`);
    expect((await leavingCaller.delete('/api/v1/me')).status).toBe(200);
    const stored = await service.repositories.events.get(DEMO_TENANT_ID, event.id);
    expect(stored?.registered.map((entry) => entry.personId)).toEqual([waiting!.id]);
    expect(stored?.waitlist).toEqual([]);
  });
});

describe('the reminder job', () => {
  it('queues one reminder per registrant the day before, however often it runs', async () => {
    const [person] = await createAmbassadors(service, 'reminded', 1);
    const event = await publishedEvent({
      registrationClosesAt: inDays(0.5),
      startsAt: inDays(0.8),
      endsAt: inDays(0.9),
    });
    const caller = await apiAs(service, person!.id);
    await caller.post(`/api/v1/events/${event.id}/registration`);
    const job = eventReminderJob(service.repositories, createLogger('silent'));
    await runJobOnce(job);
    await runJobOnce(job);
    const reminder = await outbox(`${event.id}:reminder`, person!.id);
    expect(reminder?.message.summary).toMatch(/Rappel|Reminder/);
    const stored = await service.repositories.events.get(DEMO_TENANT_ID, event.id);
    expect(stored?.remindedAt).toBeTypeOf('string');
    const progress = await service.repositories.outbox.progress(DEMO_TENANT_ID, `${event.id}:reminder`);
    expect(progress.pending).toBe(1);
  });
});

describe('event cards through POST /api/messages', () => {
  it('register from the card and answer with the updated card', async () => {
    const event = await publishedEvent({ capacity: 5 });
    // The helper fails unless the bot answers 200 with an Adaptive Card.
    const card = await pressCardAction(service.url, DEMO_AMBASSADOR_ID, {
      verb: 'event.register',
      data: { eventId: event.id },
    });
    expect(JSON.stringify(card)).toContain('event.cancel');
    const stored = await service.repositories.events.get(DEMO_TENANT_ID, event.id);
    expect(stored?.registered.map((entry) => entry.personId)).toEqual([DEMO_AMBASSADOR_ID]);
  });
});
