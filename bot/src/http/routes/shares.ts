import { checkShareText, linkLengthOn } from '@contract/guardrails';
import { mediaUrl } from '@contract/media';
import { shareRequestSchema, shareResultSchema } from '@contract/share';
import type { ShareResult } from '@contract/share';
import { activityEvent } from '../../activity/activity-event';
import type { ShareDoc } from '../../domain/documents';
import { guardrailsFor } from '../../domain/content-policy';
import { declaredAudience } from '../../domain/enrolment';
import { shareIntent } from '../../domain/share-intent';
import { newLinkCode, selfMarker, trackedDestination } from '../../domain/tracked-links';
import { shareEntry } from '../../domain/archive/archive-entries';
import { shareIdOf } from '../../domain/share-id';
import type { Repositories } from '../../store/repositories';
import { WriteConflict } from '../../store/write-conflict';
import { ApiError } from '../api-error';
import { guardrailError } from '../guardrail-error';
import { recordAudit } from '../../compliance/record-audit';
import { handler, Reply, idParams } from '../api-route';
import { SELF_COOKIE, SELF_COOKIE_MAX_AGE_MS } from '../tracked-link-redirect';
import { requireAmbassador } from './current-person';
import { requireCharterAccepted } from './charter';
import { contentPolicyOf } from './content-policy';
import { requireTargetedItem } from './library';

/**
 * The ambassador confirms a share: the text is checked against the guardrails again (the tab's live check is a
 * courtesy, this one is the rule), the share is recorded once per (person, item, network) with every text used,
 * and the answer says how to hand it to the network.
 */
export const share = handler({
  answer: shareResultSchema,
  params: idParams('itemId'),
  body: shareRequestSchema,
  async handle({ principal, services, body, params, currentPerson }) {
    const { repositories, publicUrl } = services;
    const person = await currentPerson();
    requireAmbassador(person);
    await requireCharterAccepted(repositories, person);
    const { item, campaign } = await requireTargetedItem(repositories, person, params.itemId);
    if (!item.texts.some((text) => text.network === body.network)) {
      throw ApiError.invalid([
        {
          field: 'body.network',
          code: 'field.noTextForNetwork',
          message: 'no suggested text for this network',
        },
      ]);
    }

    // The tenant's guardrails, checked again here: the tab's live check is a courtesy, this one is the rule.
    const rules = guardrailsFor(
      await contentPolicyOf(repositories, person.tenantId),
      body.network,
      body.language,
    );
    const checked = checkShareText(body.text, rules, linkLengthOn(body.network));
    if (checked.issues.length > 0) {
      const errors = checked.issues.map((issue) => guardrailError('body.text', issue));
      const detail = errors.map((error) => error.message).join(' ');
      throw new ApiError(400, 'share.textRefused', detail, { errors });
    }

    const now = new Date().toISOString();
    const [earlier] = (await repositories.shares.ofPersonAndItem(person.tenantId, person.id, item.id)).filter(
      (candidate) => candidate.network === body.network,
    );
    const destination = trackedDestination(item.url, {
      network: body.network,
      campaignSlug: campaign.slug,
      itemId: item.id,
    });
    const claimed =
      earlier ??
      (await claimShare(
        repositories,
        {
          id: shareIdOf(person.id, item.id, body.network),
          tenantId: person.tenantId,
          personId: person.id,
          itemId: item.id,
          itemTitle: item.title,
          campaignId: item.campaignId,
          brandId: item.brandId,
          network: body.network,
          code: newLinkCode(),
          audienceSize: declaredAudience(person, body.network),
          firstSharedAt: now,
          confirmations: [],
          clicks: 0,
          clicksByDay: {},
        },
        destination,
      ));
    const trackedUrl = `${publicUrl}/r/${claimed.code}`;
    // Archived before the confirmation is recorded: the archive may hold a share the answer never confirmed,
    // never the reverse.
    await repositories.archive.append(
      person.tenantId,
      shareEntry({
        person,
        item,
        network: body.network,
        language: body.language,
        text: checked.finalText,
        shareId: claimed.id,
        trackedUrl,
        destination,
        mediaSha256: await services.mediaDigests.of((item.media ?? []).map((medium) => medium.id)),
        at: now,
      }),
    );
    // The first confirmation is decided under the share's ETag: of concurrent ones, exactly one counts.
    let firstShare = false;
    const confirmation = { at: now, language: body.language, text: checked.finalText };
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
    }
    await recordAudit(
      repositories,
      principal,
      'share.confirmed',
      { type: 'share', id: recorded.id },
      {
        after: { itemId: item.id, network: body.network, language: body.language, text: checked.finalText },
      },
    );

    const mediaPath = item.media?.[0] ? mediaUrl(item.media[0].id) : item.preview.imageUrl;
    const media = mediaPath ? new URL(mediaPath, publicUrl).toString() : undefined;
    const result: ShareResult = {
      ...shareIntent(body.network, checked.finalText, trackedUrl, media),
      trackedUrl,
      finalText: checked.finalText,
      disclosureAdded: checked.disclosureAdded,
      firstShare,
    };
    return new Reply(result, {
      status: firstShare ? 201 : 200,
      cookies: [
        {
          name: SELF_COOKIE,
          value: selfMarker(person.tenantId, person.id),
          path: '/r',
          maxAgeMs: SELF_COOKIE_MAX_AGE_MS,
        },
      ],
    });
  },
});

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
  await repositories.links.create({
    id: share.code,
    type: 'link',
    code: share.code,
    tenantId: share.tenantId,
    shareId: share.id,
    personId: share.personId,
    destination,
    createdAt: share.firstSharedAt,
  });
  const created = await repositories.shares.createOnce(share);
  if (created) return created;
  await repositories.links.delete(share.code);
  const winner = await repositories.shares.get(share.tenantId, share.id);
  if (!winner) throw new WriteConflict(share.id);
  return winner;
}
