import type { PostedShare, ShareRequest } from '@contract/share';
import { Refused } from '../domain/refused';
import { newLinkCode, trackedLinkUrl } from '../domain/tracked-links';
import type { Principal } from '../identity/principal';
import type { LinkedIn } from '../linkedin/linkedin-connections';
import { postOnLinkedIn } from '../linkedin/post-on-linkedin';
import { createLink, newShare, recordShare, recordShareOnce, sharesOn } from './record-share';
import type { SharingServices } from './record-share';
import type { CheckedShare } from './share-rules';

/** The service posts in the person's name on LinkedIn only. */
export function requirePostable(request: Pick<ShareRequest, 'network'>): void {
  if (request.network !== 'linkedin') {
    throw new Refused(400, {
      code: 'share.notPostable',
      detail: 'Ambassade posts in the person’s name on LinkedIn only.',
    });
  }
}

/**
 * The share posted by the service on LinkedIn, in the person's name, after their click (now, or at the time they
 * chose). Its tracked link exists before the post (the post carries it); the share is recorded, archived and
 * counted only once LinkedIn answered 201 with the post's URN.
 */
export async function postCheckedShare(
  services: SharingServices,
  linkedIn: LinkedIn,
  principal: Principal,
  share: CheckedShare,
): Promise<PostedShare> {
  const { repositories, publicUrl } = services;
  const { request } = share;
  requirePostable(request);
  const [earlier] = await sharesOn(repositories, share);
  const code = earlier?.code ?? newLinkCode();
  if (!earlier) await createLink(repositories, newShare(share, code), share.destination);
  const trackedUrl = trackedLinkUrl(publicUrl, code);
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
  return { shareId: claimed.id, status: 'posted', postUrn };
}
