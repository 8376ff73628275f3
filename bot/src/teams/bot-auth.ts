import type { ConfigurationServiceClientCredentialFactoryOptions } from 'botbuilder';

export interface BotCredentials {
  botAppId?: string;
  botAppPassword?: string;
  botTenantId?: string;
}

/**
 * Bot Framework settings for botbuilder's configuration factories. Without an app id the result is empty, which
 * botbuilder reads as "authentication disabled": it accepts activities with no Authorization header (Agents
 * Playground, local tests) and replies without a token.
 */
export function botAuthSettings({
  botAppId,
  botAppPassword,
  botTenantId,
}: BotCredentials): ConfigurationServiceClientCredentialFactoryOptions {
  if (!botAppId) return {};
  if (!botAppPassword) {
    // In Azure the bot may authenticate as its user-assigned managed identity, with no secret at all;
    // botbuilder then requires the tenant id too and fails at start-up without it.
    return {
      MicrosoftAppId: botAppId,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: botTenantId,
    };
  }
  if (botTenantId) {
    return {
      MicrosoftAppId: botAppId,
      MicrosoftAppPassword: botAppPassword,
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: botTenantId,
    };
  }
  return { MicrosoftAppId: botAppId, MicrosoftAppPassword: botAppPassword, MicrosoftAppType: 'MultiTenant' };
}
