import type { Locale } from '@contract/locale';
import type { Localized, NudgeDoc, OutgoingMessage, PersonDoc } from '../domain/documents';
import type { DigestEntry } from '../domain/nudges/digest';
import type { PlannedNudge } from '../domain/nudges/nudge-rules';
import { nudgeLinkUrl } from './nudge-link';
import type { NudgeTarget } from './nudge-link';
import { buildDigestCard } from '../chat/cards/digest-card';
import { buildNudgeCard } from '../chat/cards/nudge-card';
import { fill } from '../chat/messages';
import { formatDay, nudgeMessagesFor } from '../chat/nudge-messages';

const locales: Locale[] = ['fr', 'en'];

/**
 * The card one person receives for a nudge, in their language, its buttons through the tracking redirect with
 * the proof of their delivery.
 */
export type NudgeRenderer = (person: PersonDoc, linkProof: string) => OutgoingMessage;

/** A manager's nudge: their title and text in the person's language, and the button they chose. */
export function authoredNudgeRenderer(nudge: NudgeDoc, publicUrl: string): NudgeRenderer {
  return (person, linkProof) => {
    const m = nudgeMessagesFor(person.locale);
    const target: NudgeTarget | undefined = nudge.link;
    return cardMessage({
      title: nudge.title[person.locale],
      text: nudge.text[person.locale],
      ...(target && {
        button: {
          title: target.type === 'item' ? m.openItem : m.openCampaign,
          url: nudgeLinkUrl(publicUrl, delivery(nudge.id, person, linkProof), target),
        },
      }),
    });
  };
}

/** A rule's nudge, worded for its reason. */
export function ruleNudgeRenderer(plan: PlannedNudge, publicUrl: string): NudgeRenderer {
  return (person, linkProof) => {
    const m = nudgeMessagesFor(person.locale);
    const link = (target: NudgeTarget) =>
      nudgeLinkUrl(publicUrl, delivery(plan.id, person, linkProof), target);
    if (plan.kind === 'digest') {
      const entries = plan.entries.get(person.id) ?? [];
      const { title } = ruleNudgeWording(plan, person.locale, person.timeZone);
      const card = buildDigestCard({
        title,
        intro: m.digestIntro,
        entries: entries.map((entry) => digestLine(entry, person, link)),
        button: { title: m.openLibrary, url: link({ type: 'library' }) },
      });
      return { card, summary: title };
    }
    const { title, text } = ruleNudgeWording(plan, person.locale, person.timeZone);
    const target = ruleNudgeTarget(plan);
    const buttonTitle = {
      item: m.openItem,
      campaign: m.openCampaign,
      library: m.openLibrary,
      'my-data': m.openMyData,
      learning: m.openLearning,
    }[target.type];
    return cardMessage({ title, text, button: { title: buttonTitle, url: link(target) } });
  };
}

function ruleNudgeTarget(plan: Exclude<PlannedNudge, { kind: 'digest' }>): NudgeTarget {
  switch (plan.kind) {
    case 'new-content':
      return { type: 'item', id: plan.item.id };
    case 're-engagement':
      return { type: 'library' };
    case 'linkedin-expiry':
      return { type: 'my-data' };
    case 'learning-stalled':
      return { type: 'learning' };
    default:
      return { type: 'campaign', id: plan.campaign.id };
  }
}

/** What a rule's nudge says, for the nudge's record (in UTC) and for each person (in their time zone). */
export function ruleNudgeWording(
  plan: PlannedNudge,
  locale: Locale,
  timeZone: string,
): { title: string; text: string } {
  const m = nudgeMessagesFor(locale);
  switch (plan.kind) {
    case 'launch':
      return { title: fill(m.launchTitle, { campaign: plan.campaign.name[locale] }), text: m.launchText };
    case 'new-content':
      return {
        title: fill(m.newContentTitle, { item: plan.item.title[locale] }),
        text: fill(m.newContentText, { campaign: plan.campaign.name[locale] }),
      };
    case 'reminder':
      return {
        title: fill(m.reminderTitle, {
          campaign: plan.campaign.name[locale],
          date: formatDay(plan.campaign.endsAt, locale, timeZone),
        }),
        text: m.reminderText,
      };
    case 're-engagement':
      return { title: m.reEngagementTitle, text: m.reEngagementText };
    case 'linkedin-expiry':
      return { title: m.linkedInExpiryTitle, text: m.linkedInExpiryText };
    case 'learning-stalled':
      return { title: m.learningStalledTitle, text: m.learningStalledText };
    case 'digest':
      return {
        title: plan.frequency === 'weekly-digest' ? m.weeklyDigestTitle : m.dailyDigestTitle,
        text: m.digestIntro,
      };
  }
}

/** Both languages of a rule nudge's wording, for the studio's list. */
export function ruleNudgeRecord(plan: PlannedNudge): { title: Localized; text: Localized } {
  const [fr, en] = locales.map((locale) => ruleNudgeWording(plan, locale, 'UTC')) as [
    { title: string; text: string },
    { title: string; text: string },
  ];
  return { title: { fr: fr.title, en: en.title }, text: { fr: fr.text, en: en.text } };
}

function digestLine(
  entry: DigestEntry,
  person: PersonDoc,
  link: (target: NudgeTarget) => string,
): { text: string; url: string } {
  const m = nudgeMessagesFor(person.locale);
  const locale = person.locale;
  switch (entry.type) {
    case 'launch':
      return {
        text: fill(m.digestLaunch, { title: entry.campaign.name[locale] }),
        url: link({ type: 'campaign', id: entry.campaign.id }),
      };
    case 'ending':
      return {
        text: fill(m.digestEnding, {
          title: entry.campaign.name[locale],
          date: formatDay(entry.campaign.endsAt, locale, person.timeZone),
        }),
        url: link({ type: 'campaign', id: entry.campaign.id }),
      };
    case 'item':
      return {
        text: fill(m.digestItem, { title: entry.item.title[locale] }),
        url: link({ type: 'item', id: entry.item.id }),
      };
    case 'message':
      return {
        text: fill(m.digestMessage, { title: entry.nudge.title[locale] }),
        url: link(entry.nudge.link ?? { type: 'library' }),
      };
  }
}

function delivery(messageId: string, person: PersonDoc, linkProof: string) {
  return { tenantId: person.tenantId, messageId, personId: person.id, linkProof };
}

function cardMessage(content: Parameters<typeof buildNudgeCard>[0]): OutgoingMessage {
  return { card: buildNudgeCard(content), summary: content.title };
}
