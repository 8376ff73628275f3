import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { describe, expect, it, vi } from 'vitest';
import type { EventCardActions } from '../events/event-card-actions';
import type { Repositories } from '../store/repositories';
import { adaptiveCard, paragraph } from '../chat/cards/adaptive-card';
import { eventCardVerbs } from '../chat/cards/event-card';
import { createTeamsBot } from './teams-bot';

const updatedCard = adaptiveCard([paragraph('You are registered. See you there!')]);

function botWithEvents() {
  const events = vi.fn<EventCardActions>(async () => updatedCard);
  const bot = createTeamsBot({
    publicUrl: 'https://example.com',
    tabDeepLink: (page) => `https://example.com/${page}`,
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    // Card presses reach only the event service stubbed here: no store is touched.
    repositories: {} as Repositories,
    events,
  });
  const adapter = new TestAdapter(async (context) => {
    await bot.app.run(context);
  });
  const invoke = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return { events, invoke };
}

function cardPress(verb: string, from: Partial<Activity['from']> = {}): Partial<Activity> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    locale: 'fr-FR',
    from: { id: '29:user', name: 'User', aadObjectId: 'person-1', ...from },
    conversation: { id: 'a:chat', tenantId: 'tenant-1' } as Activity['conversation'],
    value: { action: { type: 'Action.Execute', verb, data: { eventId: 'event-1' } } },
  };
}

describe('event card actions (Action.Execute)', () => {
  it.each(Object.values(eventCardVerbs))(
    'route %s to the event service and answer with its card',
    async (verb) => {
      const { events, invoke } = botWithEvents();
      const replies = await invoke(cardPress(verb));

      expect(events).toHaveBeenCalledWith(
        verb,
        { tenantId: 'tenant-1', personId: 'person-1', locale: 'fr' },
        { eventId: 'event-1' },
      );
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({
        type: 'invokeResponse',
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: updatedCard },
        },
      });
    },
  );

  it('answers with a message, and touches nothing, when Teams gives no Entra identity', async () => {
    const { events, invoke } = botWithEvents();
    const replies = await invoke(cardPress(eventCardVerbs.register, { aadObjectId: undefined }));

    expect(events).not.toHaveBeenCalled();
    expect(replies[0]).toMatchObject({
      value: {
        body: { type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/réservé/) },
      },
    });
  });
});
