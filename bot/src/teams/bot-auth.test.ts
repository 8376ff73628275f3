import { describe, expect, it, vi } from 'vitest';
import type { Repositories } from '../store/repositories';
import { botAuthSettings } from './bot-auth';
import { createTeamsBot } from './teams-bot';

describe('botAuthSettings', () => {
  it('disables authentication without an app id', () => {
    expect(botAuthSettings({})).toEqual({});
    expect(botAuthSettings({ botAppId: '', botAppPassword: 'ignored' })).toEqual({});
  });

  it('is single-tenant when a tenant id is given', () => {
    expect(botAuthSettings({ botAppId: 'app', botAppPassword: 'secret', botTenantId: 'tenant' })).toEqual({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
    });
  });

  it('is multi-tenant without a tenant id', () => {
    expect(botAuthSettings({ botAppId: 'app', botAppPassword: 'secret' })).toEqual({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'MultiTenant',
    });
  });

  it('uses the managed identity when there is no password', () => {
    expect(botAuthSettings({ botAppId: 'app', botTenantId: 'tenant' })).toEqual({
      MicrosoftAppId: 'app',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
    });
  });
});

describe('adapter authentication', () => {
  const common = {
    publicUrl: 'https://example.test',
    tabDeepLink: () => 'https://example.test',
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    // Only the adapter is built here: no turn runs, so no store is touched.
    repositories: {} as Repositories,
  };

  it('is disabled locally and enabled with an app id', async () => {
    expect(await createTeamsBot(common).adapter.credentialsFactory.isAuthenticationDisabled()).toBe(true);
    const withSecret = createTeamsBot({ ...common, botAppId: 'app', botAppPassword: 'secret' });
    expect(await withSecret.adapter.credentialsFactory.isAuthenticationDisabled()).toBe(false);
  });

  it('accepts a managed identity, which botbuilder ties to a tenant', async () => {
    const withIdentity = createTeamsBot({ ...common, botAppId: 'app', botTenantId: 'tenant' });
    expect(await withIdentity.adapter.credentialsFactory.isAuthenticationDisabled()).toBe(false);
    expect(() => createTeamsBot({ ...common, botAppId: 'app' })).toThrow(
      /MicrosoftAppTenantId is required for MSI/,
    );
  });
});
