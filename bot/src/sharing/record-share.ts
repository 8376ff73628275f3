import { activityEvent } from '../activity/activity-event';
import { recordAudit } from '../compliance/record-audit';
import { shareEntry } from '../domain/archive/archive-entries';
import type { ShareDoc } from '../domain/documents';
import { declaredAudience } from '../domain/enrolment';
import { creditLeaderShare } from '../leaders/leader-credits';
import { shareIdOf } from '../domain/share-id';
import type { Principal } from '../identity/principal';
import type { MediaDigests } from '../media/media-digest';
import type { MediaStore } from '../media/media-store';
import type { Repositories } from '../store/repositories';
import { WriteConflict } from '../store/write-conflict';
import type { CheckedShare } from './share-rules';

/** What recording and posting a share needs of the service. */
export interface SharingServices {
  repositories: Repositories;
  /** Where people reach the service: tracked links are built on it. */
  publicUrl: string;
  media: MediaStore;
  mediaDigests: MediaDigests;
}

/** The person's earlier share of this item on this network, if any (one per person, item and network). */
export async function sharesOn(repositories: Repositories, { person, item, request }: CheckedShare) {
  return (await repositories.shares.ofPersonAndItem(person.tenantId, person.id, item.id)).filter(
    (candidate) => candidate.network === request.network,
  );
}

export function newShare({ person, item, request }: CheckedShare, code: string): ShareDoc {
  return {
    id: shareIdOf(person.id, item.id, request.network),
    tenantId: person.tenantId,
    personId: person.id,
    itemId: item.id,
    itemTitle: item.title,
    campaignId: item.campaignId,
    brandId: item.brandId,
    network: request.network,
    code,
    audienceSize: declaredAudience(person, request.network),
    firstSharedAt: new Date().toISOString(),
    confirmations: [],
    clicks: 0,
    clicksByDay: {},
  };
}

/**
 * The text that went out, archived, then added to the share's confirmations (with the post's URN when the service
 * posted it), counted once, and audited. Answers whether this was the person's first share of the item there.
 */
export async function recordShare(
  services: SharingServices,
  principal: Principal,
  { person, item, request, checked, destination }: CheckedShare,
  claimed: ShareDoc,
  trackedUrl: string,
  postUrn?: string,
): Promise<boolean> {
  const { repositories } = services;
  const now = new Date().toISOString();
  // Archived before the confirmation is recorded: the archive may hold a share the answer never confirmed,
  // never the reverse.
  await repositories.archive.append(
    person.tenantId,
    shareEntry({
      person,
      item,
      network: request.network,
      language: request.language,
      text: checked.finalText,
      shareId: claimed.id,
      trackedUrl,
      destination,
      mediaSha256: await services.mediaDigests.of((item.media ?? []).map((medium) => medium.id)),
      at: now,
      ...(postUrn ? { postUrn } : {}),
    }),
  );
  // The first confirmation is decided under the share's ETag: of concurrent ones, exactly one counts.
  let firstShare = false;
  const confirmation = {
    at: now,
    language: request.language,
    text: checked.finalText,
    ...(postUrn ? { postUrn } : {}),
  };
  const recorded = await repositories.shares.update(person.tenantId, claimed.id, (current) => {
    firstShare = current.confirmations.length === 0;
    return { ...current, confirmations: [...current.confirmations, confirmation] };
  });
  if (!recorded) throw new WriteConflict(claimed.id);
  if (firstShare) {
    await repositories.activity.record(
      activityEvent(person, 'share', new Date(now), {
        campaignId: recorded.campaignId,
        itemId: recorded.itemId,
        network: recorded.network,
        audienceSize: recorded.audienceSize,
        subjectId: recorded.id,
      }),
    );
    await creditLeaderShare(repositories, person, item.id);
  }
  await recordAudit(
    repositories,
    principal,
    postUrn ? 'share.posted' : 'share.confirmed',
    { type: 'share', id: recorded.id },
    {
      after: {
        itemId: item.id,
        network: request.network,
        language: request.language,
        text: checked.finalText,
        ...(postUrn ? { postUrn } : {}),
      },
    },
  );
  return firstShare;
}

/**
 * The share's record, made once: its tracked link first (should a later write fail, an unused link is harmless;
 * the reverse is not), then the record under its deterministic id. A confirmation that loses the race to create
 * it takes the winner's record and drops its own link, so one URL goes out per share.
 */
export async function claimShare(
  repositories: Repositories,
  share: ShareDoc,
  destination: string,
): Promise<ShareDoc> {
  await createLink(repositories, share, destination);
  const created = await repositories.shares.createOnce(share);
  if (created) return created;
  await repositories.links.delete(share.code);
  return winnerOf(repositories, share);
}

export function createLink(repositories: Repositories, share: ShareDoc, destination: string): Promise<void> {
  return repositories.links.create({
    id: share.code,
    type: 'link',
    code: share.code,
    tenantId: share.tenantId,
    shareId: share.id,
    personId: share.personId,
    destination,
    createdAt: share.firstSharedAt,
  });
}

/** The share's record under its deterministic id, whoever created it. */
export async function recordShareOnce(repositories: Repositories, share: ShareDoc): Promise<ShareDoc> {
  return (await repositories.shares.createOnce(share)) ?? winnerOf(repositories, share);
}

async function winnerOf(repositories: Repositories, share: ShareDoc): Promise<ShareDoc> {
  const winner = await repositories.shares.get(share.tenantId, share.id);
  if (!winner) throw new WriteConflict(share.id);
  return winner;
}
