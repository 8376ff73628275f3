import { linkLengthOn } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import type { WritingAngle } from '@contract/writing-angle';
import type { Suggestion } from '@contract/writing-help';
import { currentVersion } from '../domain/charter-versions';
import { guardrailsFor } from '../domain/content-policy';
import { monthlyTokenCap, tokensUsedIn, usageMonth, withTokensUsed } from '../domain/writing-budget';
import { writingPrompt } from '../domain/writing-prompt';
import type { WritingBrief } from '../domain/writing-prompt';
import { checkVariant, readVariants } from '../domain/writing-variants';
import type { Repositories } from '../store/repositories';
import { WriteConflict } from '../store/write-conflict';
import { WritingHelpRefusal } from './writing-model';
import type { WritingModel } from './writing-model';

export interface WritingRequest {
  tenantId: string;
  network: Network;
  language: Locale;
  angle: WritingAngle;
  subject: WritingBrief['subject'];
  startingText?: string;
}

/**
 * Variants for a post, the one implementation behind the share form, the proposal form and the chat: within the
 * tenant's monthly cap, written to the charter and the guardrails, and each checked by the guardrails again
 * before anyone sees it. Whoever calls has already checked the person may write about the subject.
 */
export async function suggestTexts(
  repositories: Pick<Repositories, 'organisations' | 'charters'>,
  model: WritingModel | undefined,
  request: WritingRequest,
  now: Date,
): Promise<Suggestion[]> {
  if (!model) {
    throw new WritingHelpRefusal(
      'not-configured',
      'The writing help is not configured: an administrator sets AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT.',
    );
  }
  const [organisation, charters] = await Promise.all([
    repositories.organisations.find(request.tenantId),
    repositories.charters.list(request.tenantId),
  ]);
  if (!organisation) {
    throw new WritingHelpRefusal('not-configured', 'The programme is not set up for this organisation yet.');
  }
  const month = usageMonth(now);
  const cap = monthlyTokenCap(organisation.contentPolicy);
  // Requests already under way when the cap is reached still count: the cap may be passed by what they use.
  if (tokensUsedIn(organisation, month) >= cap) {
    throw new WritingHelpRefusal('monthly-cap', 'The writing help has used its tokens for this month.', {
      monthlyTokenCap: cap,
    });
  }

  const rules = guardrailsFor(organisation.contentPolicy, request.network, request.language);
  const linkLength = linkLengthOn(request.network);
  const charter = currentVersion(charters);
  const messages = writingPrompt({
    network: request.network,
    language: request.language,
    angle: request.angle,
    subject: request.subject,
    ...(request.startingText ? { startingText: request.startingText } : {}),
    ...(charter
      ? { charter: { title: charter.title[request.language], body: charter.body[request.language] } }
      : {}),
    guardrails: rules,
    linkLength,
  });

  const completion = await model.complete(messages);
  await countTokens(repositories, request.tenantId, completion.totalTokens, month);
  if (completion.finishReason === 'content_filter') {
    throw new WritingHelpRefusal('content-filter', 'Azure OpenAI’s content filter withheld the answer.');
  }
  const variants = readVariants(completion.content);
  if (!variants) {
    throw new WritingHelpRefusal('unavailable', 'Azure OpenAI’s answer did not hold the variants asked for.');
  }
  return variants.map((variant) => checkVariant(variant, rules, linkLength));
}

/** Added under the organisation's ETag: concurrent requests each add theirs, none overwrites another's. */
async function countTokens(
  repositories: Pick<Repositories, 'organisations'>,
  tenantId: string,
  tokens: number,
  month: string,
): Promise<void> {
  if (tokens <= 0) return;
  const counted = await repositories.organisations.update(tenantId, tenantId, (current) =>
    withTokensUsed(current, tokens, month),
  );
  if (!counted) throw new WriteConflict(tenantId);
}
