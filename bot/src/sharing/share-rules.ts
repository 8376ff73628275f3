import { checkShareText, linkLengthOn } from '@contract/guardrails';
import type { CheckedText } from '@contract/guardrails';
import { problemTypes } from '@contract/problem-types';
import type { ShareRequest } from '@contract/share';
import { charterStanding, currentVersion } from '../domain/charter-versions';
import { guardrailsFor } from '../domain/content-policy';
import type {
  CampaignDoc,
  CharterVersionDoc,
  ContentItemDoc,
  ContentPolicyDoc,
  PersonDoc,
} from '../domain/documents';
import { guardrailError } from '../domain/guardrail-error';
import { Refused } from '../domain/refused';
import { trackedDestination } from '../domain/tracked-links';
import { findTargetedItem } from '../library/targeted-library';
import type { Repositories } from '../store/repositories';

/*
 * The rules a person's share must pass, whoever asks: the share route at the click, and the scheduled-post job
 * again at the time (the item may have been withdrawn, the charter changed). A refusal is `Refused`.
 */

/** A share that passed every check: who shares what, where, with which final text and tracked link. */
export interface CheckedShare {
  person: PersonDoc;
  item: ContentItemDoc;
  campaign: CampaignDoc;
  request: Pick<ShareRequest, 'network' | 'language' | 'text'>;
  checked: CheckedText;
  /** The item's address with its UTM parameters, where the tracked link leads. */
  destination: string;
}

/** Every rule a share must pass, whichever way it goes out and whenever. */
export async function checkShare(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
  request: CheckedShare['request'],
): Promise<CheckedShare> {
  requireAmbassador(person);
  await requireCharterAccepted(repositories, person);
  const { item, campaign } = await requireTargetedItem(repositories, person, itemId);
  if (!item.texts.some((text) => text.network === request.network)) {
    throw new Refused(
      400,
      { code: 'request.invalid', detail: 'Check body.network.' },
      {
        errors: [
          {
            field: 'body.network',
            code: 'field.noTextForNetwork',
            message: 'no suggested text for this network',
          },
        ],
      },
    );
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
    throw new Refused(400, { code: 'share.textRefused', detail }, { errors });
  }
  const destination = trackedDestination(item.url, {
    network: request.network,
    campaignSlug: campaign.slug,
    itemId: item.id,
  });
  return { person, item, campaign, request, checked, destination };
}

/** A state the person can change (by joining), not a permission: 409, as for the charter. */
export function requireAmbassador(person: PersonDoc): void {
  if (person.enrolment.status !== 'ambassador') {
    throw new Refused(
      409,
      {
        code: 'enrolment.notAmbassador',
        detail: 'Only ambassadors share content. Read the charter and join the programme first.',
      },
      { type: problemTypes.notAnAmbassador },
    );
  }
}

export async function requireCurrentCharter(
  repositories: Repositories,
  tenantId: string,
): Promise<CharterVersionDoc> {
  const current = currentVersion(await repositories.charters.list(tenantId));
  if (!current)
    throw new Refused(404, {
      code: 'charter.notPublished',
      detail: 'No charter is published yet; an administrator publishes it first.',
    });
  return current;
}

/** Sharing and proposing need the current major version of the charter accepted: 409 leading to it otherwise. */
export async function requireCharterAccepted(repositories: Repositories, person: PersonDoc): Promise<void> {
  const charter = await requireCurrentCharter(repositories, person.tenantId);
  if (standingOf(person, charter).required) {
    throw new Refused(
      409,
      {
        code: 'charter.notAccepted',
        params: { version: charter.version },
        detail: `The charter has a new version (${charter.version}): read and accept it before going on.`,
      },
      { type: problemTypes.charterAcceptanceRequired },
    );
  }
}

export function standingOf(person: PersonDoc, current: CharterVersionDoc) {
  const acceptedVersion = person.enrolment.charterVersion;
  return { acceptedVersion, ...charterStanding(current, acceptedVersion) };
}

/** The item as the person may see it (`findTargetedItem`), or "not found". */
export async function requireTargetedItem(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
): Promise<{ item: ContentItemDoc; campaign: CampaignDoc }> {
  const targeted = await findTargetedItem(repositories, person, itemId, new Date());
  if (!targeted) {
    throw new Refused(404, {
      code: 'content.unavailable',
      detail: 'This content is no longer available: it has expired or been withdrawn.',
    });
  }
  return targeted;
}

/** The tenant's content policy as set by an administrator; undefined until one is (defaults apply). */
export async function contentPolicyOf(
  repositories: Repositories,
  tenantId: string,
): Promise<ContentPolicyDoc | undefined> {
  return (await repositories.organisations.find(tenantId))?.contentPolicy;
}
