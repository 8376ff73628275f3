import { randomUUID } from 'node:crypto';
import { checkShareText, guardrailMessage, linkLengthOn } from '@contract/guardrails';
import { mediaUrl } from '@contract/media';
import { shareRequestSchema } from '@contract/share';
import type { ShareResult } from '@contract/share';
import { activityEvent } from '../../activity/activity-event';
import type { ShareDoc } from '../../domain/documents';
import { guardrailsFor } from '../../domain/content-policy';
import { declaredAudience } from '../../domain/enrolment';
import { shareIntent } from '../../domain/share-intent';
import { newLinkCode, selfMarker, trackedDestination } from '../../domain/tracked-links';
import { shareEntry } from '../../domain/archive/archive-entries';
import { ApiError } from '../api-error';
import { recordAudit } from '../audit';
import { handler, Reply, idParams } from '../api-route';
import { SELF_COOKIE, SELF_COOKIE_MAX_AGE_MS } from '../tracked-link-redirect';
import { requireAmbassador } from './current-person';
import { requireCharterAccepted } from './charter';
import { contentPolicyOf } from './content-policy';
import { findTargetedItem } from './library';

/**
 * The ambassador confirms a share: the text is checked against the guardrails again (the tab's live check is a
 * courtesy, this one is the rule), the share is recorded once per (person, item, network) with every text used,
 * and the answer says how to hand it to the network.
 */
export const share = handler({
  params: idParams('itemId'),
  body: shareRequestSchema,
  async handle({ principal, services, body, params, locale, currentPerson }): Promise<Reply> {
    const { repositories, publicUrl } = services;
    const person = await currentPerson();
    requireAmbassador(person);
    await requireCharterAccepted(repositories, person);
    const { item, campaign } = await findTargetedItem(repositories, person, params.itemId);
    if (!item.texts.some((text) => text.network === body.network)) {
      throw new ApiError(400, `This content is not meant for ${body.network}.`, [
        { field: 'body.network', message: 'no suggested text for this network' },
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
      const errors = checked.issues.map((issue) => ({
        field: 'body.text',
        message: guardrailMessage(issue, locale),
      }));
      throw new ApiError(400, errors.map((error) => error.message).join(' '), errors);
    }

    const now = new Date().toISOString();
    const confirmation = { at: now, language: body.language, text: checked.finalText };
    const [existing] = (
      await repositories.shares.ofPersonAndItem(person.tenantId, person.id, item.id)
    ).filter((candidate) => candidate.network === body.network);
    const shareId = existing?.id ?? randomUUID();
    const code = existing?.code ?? newLinkCode();
    const destination = trackedDestination(item.url, {
      network: body.network,
      campaignSlug: campaign.slug,
      itemId: item.id,
    });
    if (!existing) {
      // The link first: should a later write fail, an unused link is harmless; the reverse is not.
      await repositories.links.create({
        id: code,
        type: 'link',
        code,
        tenantId: person.tenantId,
        shareId,
        personId: person.id,
        destination,
        createdAt: now,
      });
    }
    const trackedUrl = `${publicUrl}/r/${code}`;
    // Archived before the share is recorded: the archive may hold a share the answer never confirmed,
    // never the reverse.
    await repositories.archive.append(
      person.tenantId,
      shareEntry({
        person,
        item,
        network: body.network,
        language: body.language,
        text: checked.finalText,
        shareId,
        trackedUrl,
        destination,
        mediaSha256: await services.mediaDigests.of((item.media ?? []).map((medium) => medium.id)),
        at: now,
      }),
    );
    let recorded: ShareDoc;
    if (existing) {
      recorded =
        (await repositories.shares.update(person.tenantId, existing.id, (current) => ({
          ...current,
          confirmations: [...current.confirmations, confirmation],
        }))) ?? existing;
    } else {
      recorded = await repositories.shares.upsert({
        id: shareId,
        tenantId: person.tenantId,
        personId: person.id,
        itemId: item.id,
        itemTitle: item.title,
        campaignId: item.campaignId,
        brandId: item.brandId,
        network: body.network,
        code,
        audienceSize: declaredAudience(person, body.network),
        firstSharedAt: now,
        confirmations: [confirmation],
        clicks: 0,
        clicksByDay: {},
      });
      // Only the first share of a (person, item, network) counts, as it does for the share record.
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
      firstShare: !existing,
    };
    return new Reply(result, {
      status: existing ? 200 : 201,
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
