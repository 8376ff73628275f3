import type { AdaptiveCard } from '../../bot/src/chat/cards/adaptive-card';
import type { AmbassadorTurn } from '../../bot/src/chat/commands/chat-command';
import { chatCommands } from '../../bot/src/chat/commands/command-table';
import { messagesFor } from '../../bot/src/chat/messages';
import type { TabPage } from '../../bot/src/chat/tab-deep-link';
import type { PersonDoc } from '../../bot/src/domain/documents';
import type { Repositories } from '../../bot/src/store/repositories';

const silent = { info() {}, warn() {}, error() {} };

/**
 * An ambassador's command turn with no SDK and no store under it: the answers land in `replies`, and each
 * profile the command saves in `saved` (the store's update applies the change to the person as given).
 */
export function recordingTurn(person: PersonDoc, value: Record<string, unknown> = {}) {
  const replies: (string | AdaptiveCard)[] = [];
  const saved: PersonDoc[] = [];
  const people: Pick<Repositories['people'], 'update'> = {
    async update(_tenantId, _personId, change) {
      const next = change(person);
      saved.push(next);
      return next;
    },
  };
  const turn: AmbassadorTurn = {
    person,
    locale: person.locale,
    messages: messagesFor(person.locale),
    value,
    deps: {
      repositories: { people } as Repositories,
      publicUrl: 'https://tab.example',
      tabDeepLink: (page: TabPage) => `https://tab.example/${page}`,
      logger: silent,
    },
    commands: chatCommands,
    now: new Date('2026-03-02T09:00:00Z'),
    async reply(message) {
      replies.push(message);
    },
  };
  return { turn, replies, saved };
}
