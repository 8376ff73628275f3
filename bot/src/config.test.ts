import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs locally on embedded defaults: port 3978, embedded store, dev sign-in, demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.store).toEqual({ kind: 'embedded', dataDir: path.resolve('.data'), database: 'ambassade' });
    expect(config.tabDir).toBe(path.resolve('dist/tab'));
    expect(config.signIn).toEqual({ kind: 'dev' });
    expect(config.seedDemoData).toBe(true);
    expect(config.production).toBe(false);
  });

  it('PORT overrides the port, and a bad one is refused naming the variable', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('switches to Azure Cosmos DB and Entra ID when they are configured, and never seeds demo data there', () => {
    const config = loadConfig({
      COSMOS_ENDPOINT: 'https://contoso.documents.azure.com:443/',
      ENTRA_CLIENT_ID: 'c0ffee00-0000-4000-8000-000000000001',
      ENTRA_APP_ID_URI: 'api://ambassade.contoso.com/c0ffee00-0000-4000-8000-000000000001',
      ENTRA_ALLOWED_TENANTS: 'tenant-a, tenant-b',
    });
    expect(config.store.kind).toBe('azure');
    expect(config.signIn).toMatchObject({
      kind: 'entra',
      allowedTenants: ['tenant-a', 'tenant-b'],
      audiences: [
        'c0ffee00-0000-4000-8000-000000000001',
        'api://ambassade.contoso.com/c0ffee00-0000-4000-8000-000000000001',
      ],
      scope: 'api://ambassade.contoso.com/c0ffee00-0000-4000-8000-000000000001/access_as_user',
    });
    expect(config.seedDemoData).toBe(false);
  });

  it('has no dev sign-in in production: Entra ID and Cosmos DB are required', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', COSMOS_ENDPOINT: 'https://c.documents.azure.com/' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ENTRA_CLIENT_ID: 'id', ENTRA_ALLOWED_TENANTS: 't' }),
    ).toThrow(/COSMOS_ENDPOINT/);
  });

  it('keeps media in a folder under DATA_DIR locally, in Blob Storage when MEDIA_STORAGE_URL is set', () => {
    expect(loadConfig({ DATA_DIR: 'here' }).media).toEqual({
      kind: 'local',
      directory: path.resolve('here', 'media'),
    });
    expect(loadConfig({ MEDIA_STORAGE_URL: 'https://st.blob.core.windows.net/' }).media).toEqual({
      kind: 'blob',
      url: 'https://st.blob.core.windows.net/',
    });
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        COSMOS_ENDPOINT: 'https://c.documents.azure.com/',
        ENTRA_CLIENT_ID: 'id',
        ENTRA_ALLOWED_TENANTS: 't',
      }),
    ).toThrow(/MEDIA_STORAGE_URL/);
  });

  it('needs the bot identity in production: without it the Teams SDK would not authenticate activities', () => {
    const production = {
      NODE_ENV: 'production',
      COSMOS_ENDPOINT: 'https://c.documents.azure.com/',
      ENTRA_CLIENT_ID: 'id',
      ENTRA_ALLOWED_TENANTS: 't',
      MEDIA_STORAGE_URL: 'https://st.blob.core.windows.net/media',
    };
    expect(() => loadConfig(production)).toThrow(/BOT_ID/);
    expect(loadConfig({ ...production, BOT_ID: 'bot-app-id' }).bot.appId).toBe('bot-app-id');
  });

  it('lets outbound requests reach private networks locally, and in production only the intranet ranges listed', () => {
    expect(loadConfig({}).outboundAddresses).toEqual({ allowPrivate: true, intranetRanges: [] });
    expect(loadConfig({ INTRANET_ADDRESS_RANGES: '10.20.0.0/16, fd12:3456::/48' }).outboundAddresses).toEqual(
      {
        allowPrivate: true,
        intranetRanges: ['10.20.0.0/16', 'fd12:3456::/48'],
      },
    );
    expect(() => loadConfig({ INTRANET_ADDRESS_RANGES: '10.20.0.0' })).toThrow(/INTRANET_ADDRESS_RANGES/);
  });

  it('refuses Entra ID without allowed tenants', () => {
    expect(() => loadConfig({ ENTRA_CLIENT_ID: 'id' })).toThrow(/ENTRA_ALLOWED_TENANTS/);
  });

  it('DEMO_DATA=off leaves a new local store empty', () => {
    expect(loadConfig({ DEMO_DATA: 'off' }).seedDemoData).toBe(false);
  });

  it('reads Entra ID groups through Microsoft Graph only when asked, on behalf of people only with Entra sign-in', () => {
    expect(loadConfig({}).graph).toEqual({ kind: 'off' });
    expect(loadConfig({ GRAPH_MODE: 'managed-identity' }).graph).toEqual({
      kind: 'managed-identity',
      baseUrl: 'https://graph.microsoft.com',
    });
    expect(() => loadConfig({ GRAPH_MODE: 'on-behalf-of' })).toThrow(
      /GRAPH_MODE=on-behalf-of needs ENTRA_CLIENT_ID/,
    );
    expect(
      loadConfig({
        GRAPH_MODE: 'on-behalf-of',
        GRAPH_BASE_URL: 'https://graph.microsoft.us/',
        ENTRA_CLIENT_ID: 'c0ffee00-0000-4000-8000-000000000001',
        ENTRA_ALLOWED_TENANTS: 'tenant-a',
      }).graph,
    ).toEqual({
      kind: 'on-behalf-of',
      baseUrl: 'https://graph.microsoft.us',
      clientId: 'c0ffee00-0000-4000-8000-000000000001',
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(() => loadConfig({ GRAPH_MODE: 'always' })).toThrow(/GRAPH_MODE/);
  });

  it('polls intranet feeds every 15 minutes, each fetch time-boxed to 5 seconds, unless told otherwise', () => {
    expect(loadConfig({}).feeds).toEqual({ pollIntervalMs: 900_000, fetchTimeoutMs: 5_000 });
    expect(loadConfig({ FEED_POLL_INTERVAL_MS: '60000' }).feeds.pollIntervalMs).toBe(60_000);
    expect(() => loadConfig({ FEED_FETCH_TIMEOUT_MS: '0' })).toThrow(/FEED_FETCH_TIMEOUT_MS/);
  });

  it('signs continuation tokens with PAGE_TOKEN_KEY when given, refusing a key too short to be one', () => {
    expect(loadConfig({}).pageTokenKey).toBeUndefined();
    expect(loadConfig({ PAGE_TOKEN_KEY: 'k'.repeat(32) }).pageTokenKey).toBe('k'.repeat(32));
    expect(() => loadConfig({ PAGE_TOKEN_KEY: 'short' })).toThrow(/PAGE_TOKEN_KEY/);
  });
  describe('LinkedIn', () => {
    const app = {
      LINKEDIN_CLIENT_ID: 'li-app',
      LINKEDIN_CLIENT_SECRET: 'li-secret',
      LINKEDIN_API_VERSION: '202611',
    };

    it('is off without the app’s id and secret, and on with them, keeping its token key in DATA_DIR locally', () => {
      expect(loadConfig({}).linkedIn).toBeUndefined();
      expect(loadConfig({ ...app, DATA_DIR: 'here' }).linkedIn).toEqual({
        clientId: 'li-app',
        clientSecret: 'li-secret',
        authBaseUrl: 'https://www.linkedin.com',
        apiBaseUrl: 'https://api.linkedin.com',
        apiVersion: '202611',
        tokenKey: { kind: 'file', path: path.resolve('here', 'linkedin-token.key') },
      });
    });

    it('refuses half an app, a missing or malformed version, and a token key that is not 32 bytes', () => {
      expect(() => loadConfig({ LINKEDIN_CLIENT_ID: 'li-app' })).toThrow(/LINKEDIN_CLIENT_SECRET/);
      expect(() => loadConfig({ ...app, LINKEDIN_API_VERSION: undefined })).toThrow(/LINKEDIN_API_VERSION/);
      expect(() => loadConfig({ ...app, LINKEDIN_API_VERSION: '2026-11' })).toThrow(/LINKEDIN_API_VERSION/);
      expect(() => loadConfig({ ...app, LINKEDIN_TOKEN_KEY: 'c2hvcnQ=' })).toThrow(/LINKEDIN_TOKEN_KEY/);
      const key = Buffer.alloc(32, 7).toString('base64');
      expect(loadConfig({ ...app, LINKEDIN_TOKEN_KEY: key }).linkedIn?.tokenKey).toEqual({
        kind: 'setting',
        key: Buffer.alloc(32, 7),
      });
    });

    it('needs LINKEDIN_TOKEN_KEY in production: a key file would not survive a redeploy', () => {
      const production = {
        NODE_ENV: 'production',
        ENTRA_CLIENT_ID: 'id',
        ENTRA_ALLOWED_TENANTS: 't',
        COSMOS_ENDPOINT: 'https://c.documents.azure.com/',
        MEDIA_STORAGE_URL: 'https://st.blob.core.windows.net/',
        BOT_ID: 'bot',
      } as const;
      expect(() => loadConfig({ ...production, ...app })).toThrow(/LINKEDIN_TOKEN_KEY/);
    });
  });

  it('turns the writing help on with Azure OpenAI: the managed identity unless a key is given', () => {
    expect(loadConfig({}).writingHelp).toEqual({ kind: 'off' });
    const settings = {
      AZURE_OPENAI_ENDPOINT: 'https://contoso-ambassade.openai.azure.com/',
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
    };
    expect(loadConfig(settings).writingHelp).toEqual({
      kind: 'azure-openai',
      endpoint: 'https://contoso-ambassade.openai.azure.com',
      deployment: 'gpt-4o-mini',
      apiVersion: '2024-10-21',
      timeoutMs: 30_000,
    });
    expect(loadConfig({ ...settings, AZURE_OPENAI_API_KEY: 'k' }).writingHelp).toMatchObject({ apiKey: 'k' });
    expect(() => loadConfig({ AZURE_OPENAI_ENDPOINT: settings.AZURE_OPENAI_ENDPOINT })).toThrow(
      /AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT go together/,
    );
    expect(() => loadConfig({ ...settings, AZURE_OPENAI_API_VERSION: 'latest' })).toThrow(
      /AZURE_OPENAI_API_VERSION/,
    );
  });
});
