import { checkShareText, linkLengthOn } from '@contract/guardrails';
import type { CheckedText } from '@contract/guardrails';
import { mediaUrl } from '@contract/media';
import { shareAnswerSchema, shareRequestSchema } from '@contract/share';
import type { PostedShare, ShareRequest, ShareResult } from '@contract/share';
import { activityEvent } from '../../activity/activity-event';
import type { CampaignDoc, ContentItemDoc, PersonDoc, ShareDoc } from '../../domain/documents';
import { guardrailsFor } from '../../domain/content-policy';
import { declaredAudience } from '../../domain/enrolment';
import { shareIntent } from '../../domain/share-intent';
import { newLinkCode, selfMarker, trackedDestination } from '../../domain/tracked-links';
import { shareEntry } from '../../domain/archive/archive-entries';
import { shareIdOf } from '../../domain/share-id';
import type { Principal } from '../../identity/principal';
import { creditLeaderShare } from '../../leaders/leader-credits';
import { postOnLinkedIn } from './post-on-linkedin';
import type { Repositories } from '../../store/repositories';
import { WriteConflict } from '../../store/write-conflict';
import { ApiError } from '../api-error';
import { guardrailError } from '../guardrail-error';
import { recordAudit } from '../../compliance/record-audit';
import { handler, Reply, idParams } from '../api-route';
import type { ApiServices, ReplyCookie } from '../api-route';
import { SELF_COOKIE, SELF_COOKIE_MAX_AGE_MS } from '../tracked-link-redirect';
import { requireLinkedIn } from './connections';
import { requireAmbassador } from './current-person';
import { requireCharterAccepted } from './charter';
import { contentPolicyOf } from './content-policy';
import { requireTargetedItem } from './library';

/** A share that passed every check: who shares what, where, with which final text and tracked link. */
interface CheckedShare {
  person: PersonDoc;
  item: ContentItemDoc;
  campaign: CampaignDoc;
  request: ShareRequest;
  checked: CheckedText;
  /** The item's address with its UTM parameters, where the tracked link leads. */
  destination: string;
}

/**
 * The ambassador confirms a share: the text is checked against the guardrails again (the tab's live check is a
 * courtesy, this one is the rule), the share is recorded once per (person, item, network) with every text used,
 * and the answer says how to hand it to the network, or, with `mode: "post"`, the service posts it on LinkedIn
 * in the person's name and answers the post.
 */
export const share = handler({
  answer: shareAnswerSchema,
  params: idParams('itemId'),
  body: shareRequestSchema,
  async handle({ principal, services, body, params, currentPerson }) {
    const checked = await checkShare(services.repositories, await currentPerson(), params.itemId, body);
    return body.mode === 'post'
      ? postShare(services, principal, checked)
      : confirmShare(services, principal, checked);
  },
});

/** Every rule a share must pass, whichever way it goes out. */
async function checkShare(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
  request: ShareRequest,
): Promise<CheckedShare> {
  requireAmbassador(person);
  await requireCharterAccepted(repositories, person);
  const { item, campaign } = await requireTargetedItem(repositories, person, itemId);
  if (!item.texts.some((text) => text.network === request.network)) {
    throw ApiError.invalid([
      {
        field: 'body.network',
        code: 'field.noTextForNetwork',
        message: 'no suggested text for this network',
      },
    ]);
  }
  const rules = guardrailsFor(
    await contentPolicyOf(repositories, person.tenantId),
    request.network,
    request.language,
  );
  const checked = checkShareText(request.text, rules, linkLengthOn(request.network));
  if (checked.issues.length > 0) {
    const errors = checked.issues.map((issue) => guardrailError('body.text', issue));
    const detail = errors.map((error) => error.message).join(' ');
    throw new ApiError(400, 'share.textRefused', detail, { errors });
  }
  const destination = trackedDestination(item.url, {
    network: request.network,
    campaignSlug: campaign.slug,
    itemId: item.id,
  });
  return { person, item, campaign, request, checked, destination };
}

/** The share handed to the network by the person: the answer says how (a share page, the clipboard, a download). */
async function confirmShare(services: ApiServices, principal: Principal, share: CheckedShare) {
  const { repositories, publicUrl } = services;
  const { person, item, request, checked } = share;
  const [earlier] = await sharesOn(repositories, share);
  const claimed =
    earlier ?? (await claimShare(repositories, newShare(share, newLinkCode()), share.destination));
  const trackedUrl = `${publicUrl}/r/${claimed.code}`;
  const firstShare = await recordShare(services, principal, share, claimed, trackedUrl);

  const mediaPath = item.media?.[0] ? mediaUrl(item.media[0].id) : item.preview.imageUrl;
  const media = mediaPath ? new URL(mediaPath, publicUrl).toString() : undefined;
  const result: ShareResult = {
    ...shareIntent(request.network, checked.finalText, trackedUrl, media),
    trackedUrl,
    finalText: checked.finalText,
    disclosureAdded: checked.disclosureAdded,
    firstShare,
  };
  return new Reply(result, { status: firstShare ? 201 : 200, cookies: [selfCookie(person)] });
}

/**
 * The share posted by the service on LinkedIn, in the person's name, after their click. Its tracked link exists
 * before the post (the post carries it); the share is recorded, archived and counted only once LinkedIn answered
 * 201 with the post's URN.
 */
async function postShare(services: ApiServices, principal: Principal, share: CheckedShare) {
  const linkedIn = requireLinkedIn(services);
  const { repositories, publicUrl } = services;
  const { person, request } = share;
  if (request.network !== 'linkedin') {
    throw new ApiError(400, 'share.notPostable', 'Ambassade posts in the person’s name on LinkedIn only.');
  }
  const [earlier] = await sharesOn(repositories, share);
  const code = earlier?.code ?? newLinkCode();
  if (!earlier) await createLink(repositories, newShare(share, code), share.destination);
  const trackedUrl = `${publicUrl}/r/${code}`;
  const postUrn = await postOnLinkedIn(linkedIn, services, share.person, {
    item: share.item,
    language: request.language,
    text: share.checked.finalText,
    trackedUrl,
  });
  // The post is out and carries this link: should another request have recorded the share meanwhile, the link
  // (made for the same share id) stays, and its clicks count on the winner's record.
  const claimed = earlier ?? (await recordShareOnce(repositories, newShare(share, code)));
  await recordShare(services, principal, share, claimed, trackedUrl, postUrn);
  const posted: PostedShare = { shareId: claimed.id, status: 'posted', postUrn };
  return new Reply(posted, { status: 201, cookies: [selfCookie(person)] });
}

async function sharesOn(repositories: Repositories, { person, item, request }: CheckedShare) {
  return (await repositories.shares.ofPersonAndItem(person.tenantId, person.id, item.id)).filter(
    (candidate) => candidate.network === request.network,
  );
}

function newShare({ person, item, request }: CheckedShare, code: string): ShareDoc {
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
async function recordShare(
  services: ApiServices,
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

function selfCookie(person: PersonDoc): ReplyCookie {
  return {
    name: SELF_COOKIE,
    value: selfMarker(person.tenantId, person.id),
    path: '/r',
    maxAgeMs: SELF_COOKIE_MAX_AGE_MS,
  };
}

/**
 * The share's record, made once: its tracked link first (should a later write fail, an unused link is harmless;
 * the reverse is not), then the record under its deterministic id. A confirmation that loses the race to create
 * it takes the winner's record and drops its own link, so one URL goes out per share.
 */
async function claimShare(
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

function createLink(repositories: Repositories, share: ShareDoc, destination: string): Promise<void> {
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
async function recordShareOnce(repositories: Repositories, share: ShareDoc): Promise<ShareDoc> {
  return (await repositories.shares.createOnce(share)) ?? winnerOf(repositories, share);
}

async function winnerOf(repositories: Repositories, share: ShareDoc): Promise<ShareDoc> {
  const winner = await repositories.shares.get(share.tenantId, share.id);
  if (!winner) throw new WriteConflict(share.id);
  return winner;
}
