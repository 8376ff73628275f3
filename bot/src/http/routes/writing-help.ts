import {
  proposalSuggestionRequestSchema,
  suggestionRequestSchema,
  suggestionsSchema,
} from '@contract/writing-help';
import type { Suggestions } from '@contract/writing-help';
import type { PersonDoc } from '../../domain/documents';
import { suggestTexts } from '../../writing-help/suggest-texts';
import type { WritingRequest } from '../../writing-help/suggest-texts';
import { WritingHelpRefusal } from '../../writing-help/writing-model';
import { ApiError } from '../api-error';
import type { ApiServices } from '../api-route';
import { handler, idParams } from '../api-route';
import { requireAmbassador, requireCharterAccepted, requireTargetedItem } from '../../sharing/share-rules';
import { requireOpenCampaign } from './proposals';

/** Variants to share an item with: asked by whoever may share it, under the same checks as the share itself. */
export const suggestForItem = handler({
  answer: suggestionsSchema,
  params: idParams('itemId'),
  body: suggestionRequestSchema,
  async handle({ services, body, params, currentPerson }): Promise<Suggestions> {
    const person = await mayWrite(services, await currentPerson());
    const { item } = await requireTargetedItem(services.repositories, person, params.itemId);
    const suggested = item.texts.find(
      (text) => text.network === body.network && text.language === body.language,
    );
    return suggest(services, {
      tenantId: person.tenantId,
      ...body,
      subject: { title: item.title[body.language], summary: item.preview.description[body.language] },
      ...(suggested ? { startingText: suggested.text } : {}),
    });
  },
});

/** Variants for a proposal, which has no item yet: its campaign, title and draft say what it is about. */
export const suggestForProposal = handler({
  answer: suggestionsSchema,
  body: proposalSuggestionRequestSchema,
  async handle({ services, body, currentPerson }): Promise<Suggestions> {
    const person = await mayWrite(services, await currentPerson());
    const campaign = await requireOpenCampaign(services.repositories, person, body.campaignId);
    const { network, language, angle, title, draft } = body;
    return suggest(services, {
      tenantId: person.tenantId,
      network,
      language,
      angle,
      subject: { title: title ?? campaign.name[body.language], summary: campaign.name[body.language] },
      ...(draft ? { startingText: draft } : {}),
    });
  },
});

/** Only those who may share or propose get help writing: ambassadors who accepted the current charter. */
async function mayWrite(services: ApiServices, person: PersonDoc): Promise<PersonDoc> {
  requireAmbassador(person);
  await requireCharterAccepted(services.repositories, person);
  return person;
}

async function suggest(services: ApiServices, request: WritingRequest): Promise<Suggestions> {
  try {
    return {
      suggestions: await suggestTexts(services.repositories, services.writingModel, request, new Date()),
    };
  } catch (error) {
    if (error instanceof WritingHelpRefusal) throw problemFor(error);
    throw error;
  }
}

function problemFor(refusal: WritingHelpRefusal): ApiError {
  const { retryAfterSeconds, monthlyTokenCap } = refusal.details;
  switch (refusal.failure) {
    case 'not-configured':
      return new ApiError(409, 'writingHelp.notConfigured', refusal.message);
    case 'monthly-cap':
      return new ApiError(429, 'writingHelp.monthlyCapReached', refusal.message, {
        params: { cap: monthlyTokenCap ?? 0 },
      });
    case 'content-filter':
      return new ApiError(422, 'writingHelp.contentFiltered', refusal.message);
    case 'busy':
      return new ApiError(503, 'writingHelp.busy', refusal.message, {
        params: { retryAfterSeconds: retryAfterSeconds ?? 0 },
      });
    case 'timed-out':
      return new ApiError(504, 'writingHelp.timedOut', refusal.message);
    case 'unavailable':
      return new ApiError(502, 'writingHelp.unavailable', refusal.message);
  }
}
