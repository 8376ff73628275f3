import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { writingAngles } from '@contract/writing-angle';
import type { WritingAngle } from '@contract/writing-angle';
import { charterStanding, currentVersion } from '../../domain/charter-versions';
import type { ContentItemDoc } from '../../domain/documents';
import { itemByTitle } from '../../library/item-by-title';
import { findTargetedItem, targetedLibraryPage } from '../../library/targeted-library';
import { suggestTexts } from '../../writing-help/suggest-texts';
import { WritingHelpRefusal } from '../../writing-help/writing-model';
import { WRITE_COMMAND, buildWritingHelpCard } from '../cards/writing-help-card';
import { fill, inBothLanguages } from '../messages';
import type { Messages } from '../messages';
import { itemPage } from '../tab-deep-link';
import type { AmbassadorTurn, ChatCommand } from './chat-command';

/** The library's largest page: the titles searched are those the person can share now. */
const SEARCHED_ITEMS = 50;
const DEFAULT_ANGLE: WritingAngle = 'why-it-matters';

/**
 * "Write me a post about …": three variants for the item whose title matches, from the same writing help as the
 * tab, for the person allowed to share it (an ambassador who accepted the charter, the item targeted to them).
 */
export const writeCommand: ChatCommand = {
  name: WRITE_COMMAND,
  words: {
    en: ['write me a post about', 'write me a post on', 'write a post about', 'help me write about'],
    fr: ['écris-moi un post sur', 'écrivez-moi un post sur', 'écris un post sur', 'aide-moi à écrire sur'],
  },
  description: inBothLanguages('writeDescription'),
  takesSubject: true,
  audience: 'ambassadors',
  async run(turn) {
    const { reply, messages: m, person, deps, now } = turn;
    const current = currentVersion(await deps.repositories.charters.list(person.tenantId));
    if (current && charterStanding(current, person.enrolment.charterVersion).required) {
      await reply(m.writeCharterFirst);
      return;
    }
    const item = await requestedItem(turn);
    if (!item) {
      await reply(turn.subject ? fill(m.writeNoMatch, { subject: turn.subject }) : m.writeWhichItem);
      return;
    }
    const language = item.languages?.includes(turn.locale)
      ? turn.locale
      : (item.languages?.[0] ?? turn.locale);
    const network = networkFor(item, language);
    const angle = angleOf(turn.value.angle);
    const suggested = item.texts.find((text) => text.network === network && text.language === language);
    try {
      const suggestions = await suggestTexts(
        deps.repositories,
        deps.writingModel,
        {
          tenantId: person.tenantId,
          network,
          language,
          angle,
          subject: { title: item.title[language], summary: item.preview.description[language] },
          ...(suggested ? { startingText: suggested.text } : {}),
        },
        now,
      );
      await reply(
        buildWritingHelpCard(turn.locale, {
          item: { id: item.id, title: item.title[turn.locale] },
          network,
          language,
          angle,
          suggestions,
          itemUrl: deps.tabDeepLink(itemPage(item.id)),
        }),
      );
    } catch (error) {
      if (!(error instanceof WritingHelpRefusal)) throw error;
      await reply(refusalMessage(error, m));
    }
  },
};

/** The item a card button names, or the one whose title matches what was typed; only ever one targeted to them. */
async function requestedItem({ value, subject, person, deps, now }: AmbassadorTurn) {
  if (typeof value.itemId === 'string') {
    return (await findTargetedItem(deps.repositories, person, value.itemId, now))?.item;
  }
  if (!subject) return undefined;
  const { items } = await targetedLibraryPage(deps.repositories, person, { limit: SEARCHED_ITEMS }, now);
  const match = itemByTitle(items, subject);
  return match && (await findTargetedItem(deps.repositories, person, match.id, now))?.item;
}

/** LinkedIn first, the network that matters most to the programme, else the item's first in this language. */
function networkFor(item: ContentItemDoc, language: Locale): Network {
  const inLanguage = item.texts.filter((text) => text.language === language);
  return (
    (inLanguage.find((text) => text.network === 'linkedin') ?? inLanguage[0] ?? item.texts[0])?.network ??
    'linkedin'
  );
}

function angleOf(value: unknown): WritingAngle {
  return writingAngles.find((angle) => angle === value) ?? DEFAULT_ANGLE;
}

function refusalMessage(refusal: WritingHelpRefusal, m: Messages): string {
  switch (refusal.failure) {
    case 'not-configured':
      return m.writeNotConfigured;
    case 'monthly-cap':
      return m.writeMonthlyCap;
    case 'content-filter':
      return m.writeContentFiltered;
    case 'busy':
      return fill(m.writeBusy, { seconds: refusal.details.retryAfterSeconds ?? 0 });
    case 'timed-out':
    case 'unavailable':
      return m.writeUnavailable;
  }
}
