import { mediaUrl } from '@contract/media';
import { shareAnswerSchema, shareRequestSchema } from '@contract/share';
import type { ShareResult } from '@contract/share';
import type { PersonDoc } from '../../domain/documents';
import { shareIntent } from '../../domain/share-intent';
import { newLinkCode, selfMarker, trackedLinkUrl } from '../../domain/tracked-links';
import type { Principal } from '../../identity/principal';
import { postCheckedShare } from '../../sharing/post-share';
import { claimShare, newShare, recordShare, sharesOn } from '../../sharing/record-share';
import { schedulePost } from '../../sharing/scheduled-posts';
import { checkShare } from '../../sharing/share-rules';
import type { CheckedShare } from '../../sharing/share-rules';
import { handler, Reply, idParams } from '../api-route';
import type { ApiServices, ReplyCookie } from '../api-route';
import { SELF_COOKIE, SELF_COOKIE_MAX_AGE_MS } from '../tracked-link-redirect';
import { requireLinkedIn } from './connections';

/**
 * The ambassador confirms a share: the text is checked against the guardrails again (the tab's live check is a
 * courtesy, this one is the rule), the share is recorded once per (person, item, network) with every text used,
 * and the answer says how to hand it to the network, or, with `mode: "post"`, the service posts it on LinkedIn
 * in the person's name and answers the post, or, with `at` too, schedules it for then.
 */
export const share = handler({
  answer: shareAnswerSchema,
  params: idParams('itemId'),
  body: shareRequestSchema,
  async handle({ principal, services, body, params, currentPerson }) {
    const checked = await checkShare(services.repositories, await currentPerson(), params.itemId, body);
    if (body.mode !== 'post') return confirmShare(services, principal, checked);
    const linkedIn = requireLinkedIn(services);
    const answer = body.at
      ? await schedulePost(services, principal, checked, new Date(body.at))
      : await postCheckedShare(services, linkedIn, principal, checked);
    return new Reply(answer, { status: 201, cookies: [selfCookie(checked.person)] });
  },
});

/** The share handed to the network by the person: the answer says how (a share page, the clipboard, a download). */
async function confirmShare(services: ApiServices, principal: Principal, share: CheckedShare) {
  const { repositories, publicUrl } = services;
  const { person, item, request, checked } = share;
  const [earlier] = await sharesOn(repositories, share);
  const claimed =
    earlier ?? (await claimShare(repositories, newShare(share, newLinkCode()), share.destination));
  const trackedUrl = trackedLinkUrl(publicUrl, claimed.code);
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

function selfCookie(person: PersonDoc): ReplyCookie {
  return {
    name: SELF_COOKIE,
    value: selfMarker(person.tenantId, person.id),
    path: '/r',
    maxAgeMs: SELF_COOKIE_MAX_AGE_MS,
  };
}
