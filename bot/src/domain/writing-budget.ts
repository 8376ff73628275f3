import type { ContentPolicyDoc, OrganisationDoc } from './documents';

/**
 * Tokens per tenant per month until an administrator sets the cap: a few hundred requests for help, a few euros
 * at most at pay-as-you-go prices.
 */
export const DEFAULT_MONTHLY_TOKEN_CAP = 1_000_000;

/** The month usage is counted in: UTC, so that every instance agrees when it turns. */
export function usageMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

export function monthlyTokenCap(policy: ContentPolicyDoc | undefined): number {
  return policy?.writingHelpMonthlyTokens ?? DEFAULT_MONTHLY_TOKEN_CAP;
}

export function tokensUsedIn(organisation: Pick<OrganisationDoc, 'writingHelpUsage'>, month: string): number {
  const usage = organisation.writingHelpUsage;
  return usage?.month === month ? usage.tokens : 0;
}

/** The organisation with these tokens added to the month's count (a new month starts from them). */
export function withTokensUsed(
  organisation: OrganisationDoc,
  tokens: number,
  month: string,
): OrganisationDoc {
  return {
    ...organisation,
    writingHelpUsage: { month, tokens: tokensUsedIn(organisation, month) + tokens },
  };
}
