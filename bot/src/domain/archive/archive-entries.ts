import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import type { ContentItemDoc, DeliveryKind, OutgoingMessage, PersonDoc } from '../documents';
import type { ArchiveEntry } from './archive-record';
import { canonicalJson } from './hash-chain';

/** Who an archive record names: the programme's own messages are signed by the programme. */
export const PROGRAMME_SENDER = { id: 'programme', name: 'Ambassade' } as const;

/** A share exactly as the ambassador confirmed it, with everything needed to see where it came from. */
export function shareEntry(share: {
  person: Pick<PersonDoc, 'id' | 'displayName' | 'enrolment'>;
  item: Pick<ContentItemDoc, 'id' | 'campaignId' | 'updatedAt' | 'createdAt' | 'publishedAt'>;
  network: Network;
  language: Locale;
  text: string;
  shareId: string;
  trackedUrl: string;
  destination: string;
  mediaSha256: string[];
  at: string;
  /** The post the service made in the person's name, when it posted the text itself. */
  postUrn?: string;
}): ArchiveEntry {
  return {
    type: 'share',
    at: share.at,
    personId: share.person.id,
    personName: share.person.displayName,
    network: share.network,
    text: share.text,
    itemId: share.item.id,
    details: {
      shareId: share.shareId,
      language: share.language,
      trackedUrl: share.trackedUrl,
      destination: share.destination,
      mediaSha256: share.mediaSha256,
      campaignId: share.item.campaignId,
      // The approved version the text came from is the item as it stood at its last change.
      itemVersion: share.item.updatedAt ?? share.item.publishedAt ?? share.item.createdAt,
      charterVersion: share.person.enrolment.charterVersion ?? null,
      ...(share.postUrn ? { postUrn: share.postUrn } : {}),
    },
  };
}

/** Content as the reviewer approved it: every suggested text, word for word. */
export function approvalEntry(approval: {
  item: ContentItemDoc;
  reviewer: { id: string; name: string };
  at: string;
}): ArchiveEntry {
  const { item } = approval;
  return {
    type: 'approval',
    at: approval.at,
    personId: approval.reviewer.id,
    personName: approval.reviewer.name,
    text: item.texts.map((suggested) => suggested.text).join('\n\n'),
    itemId: item.id,
    details: {
      title: item.title,
      url: item.url,
      texts: item.texts,
      hashtags: item.hashtags,
      media: item.media ?? [],
      campaignId: item.campaignId,
      authorId: item.authorId,
    },
  };
}

/** What an ambassador proposed for the library, as they wrote it. */
export function proposalEntry(proposal: {
  person: Pick<PersonDoc, 'id' | 'displayName'>;
  item: ContentItemDoc;
  at: string;
}): ArchiveEntry {
  const { item } = proposal;
  return {
    type: 'proposal',
    at: proposal.at,
    personId: proposal.person.id,
    personName: proposal.person.displayName,
    text: item.texts.map((suggested) => suggested.text).join('\n\n'),
    itemId: item.id,
    details: { title: item.title, url: item.url, texts: item.texts, media: item.media ?? [] },
  };
}

/**
 * A proactive message as the bot sends it: one record per distinct rendering (a language, a variant), with
 * how many people it went to, rather than one per recipient.
 */
export function messageEntries(message: {
  messageId: string;
  kind: DeliveryKind;
  renderings: readonly OutgoingMessage[];
  at: string;
}): ArchiveEntry[] {
  const recipientsByRendering = new Map<string, { rendering: OutgoingMessage; recipients: number }>();
  for (const rendering of message.renderings) {
    const key = canonicalJson(rendering);
    const seen = recipientsByRendering.get(key);
    if (seen) seen.recipients += 1;
    else recipientsByRendering.set(key, { rendering, recipients: 1 });
  }
  return [...recipientsByRendering.values()].map(({ rendering, recipients }) => ({
    type: 'message',
    at: message.at,
    personId: PROGRAMME_SENDER.id,
    personName: PROGRAMME_SENDER.name,
    text: rendering.text ?? rendering.summary ?? '',
    details: {
      messageId: message.messageId,
      kind: message.kind,
      recipients,
      ...(rendering.card ? { card: rendering.card } : {}),
    },
  }));
}
