import path from 'node:path';
import { z } from 'zod';
import { parseRange } from './external/address-policy';
import type { OutboundAddressSettings } from './external/address-policy';

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** An empty value is no value: settings a template always writes, empty when their feature is not deployed. */
function emptyAsUnset<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),
  TAB_DIR: z.string().default('dist/tab'),
  COSMOS_ENDPOINT: z.url().optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z.string().default('ambassade'),
  ENTRA_CLIENT_ID: z.string().optional(),
  ENTRA_APP_ID_URI: z.string().optional(),
  ENTRA_ALLOWED_TENANTS: csv,
  ENTRA_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  TEAMS_APP_ID: z.string().optional(),
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  MEDIA_STORAGE_URL: z.url().optional(),
  GRAPH_MODE: z.enum(['off', 'managed-identity', 'on-behalf-of']).default('off'),
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com'),
  FEED_POLL_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(15 * 60_000),
  /** The intranet's CIDR ranges that feeds and link previews may reach in production (nothing private otherwise). */
  INTRANET_ADDRESS_RANGES: csv.refine(
    (ranges) => ranges.every((range) => parseRange(range) !== undefined),
    'must list CIDR ranges, e.g. 10.20.0.0/16,fd12:3456::/48',
  ),
  FEED_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Proactive messages per second for the whole tenant (Teams allows about 50 per app per tenant). */
  BOT_SEND_RATE: z.coerce.number().positive().max(10_000).default(50),
  /** Sends in flight at once: also the most repeats a dispatcher crash can cause. */
  BOT_SEND_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).default(30),
  /** How often the dispatcher looks for due deliveries when it has nothing to send. */
  BOT_SEND_INTERVAL_MS: z.coerce.number().int().min(50).default(5_000),
  /** How long a claimed delivery stays claimed: past this, a dead dispatcher's sends are taken over. */
  BOT_SEND_CLAIM_MS: z.coerce.number().int().min(1_000).default(120_000),
  /** Nudges per person over any seven days (digests aside); rule nudges stop there. */
  NUDGE_WEEKLY_CAP: z.coerce.number().int().min(0).max(50).default(3),
  /** An ambassador who has not shared for this many days is re-engaged... */
  NUDGE_REENGAGE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** ...at most once per this many days. */
  NUDGE_REENGAGE_EVERY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often the nudge job applies the rules and sends a manager's scheduled nudges. */
  NUDGE_RULES_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Signs the continuation tokens of paged lists; every instance serving the same clients needs the same. */
  PAGE_TOKEN_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The organisation's own LinkedIn app: without its id and secret, posting to LinkedIn is off. */
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  LINKEDIN_AUTH_BASE_URL: z.url().default('https://www.linkedin.com'),
  LINKEDIN_API_BASE_URL: z.url().default('https://api.linkedin.com'),
  /** The `LinkedIn-Version` header: LinkedIn retires each version about a year after it is out. */
  LINKEDIN_API_VERSION: z
    .string()
    .regex(/^\d{6}$/, 'must be a LinkedIn API version, YYYYMM (e.g. 202611)')
    .optional(),
  /** Encrypts LinkedIn tokens at rest: 32 random bytes in base64, the same on every instance. */
  LINKEDIN_TOKEN_KEY: z
    .string()
    .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes in base64')
    .optional(),
  /** Azure OpenAI, for the writing help: unset or empty (as App Service sets it when not deployed), the help is off. */
  AZURE_OPENAI_ENDPOINT: emptyAsUnset(z.url()),
  AZURE_OPENAI_DEPLOYMENT: emptyAsUnset(z.string()),
  /** Only if not using managed identity (Entra ID, role "Cognitive Services OpenAI User"). */
  AZURE_OPENAI_API_KEY: z.string().optional(),
  AZURE_OPENAI_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must be an API version such as 2024-10-21')
    .default('2024-10-21'),
  /** How long one request to Azure OpenAI may take: a person is waiting for the answer. */
  AZURE_OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(30_000),
});

/** Every variable the service reads (the README's configuration table lists each). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export type SignInMode =
  | {
      kind: 'entra';
      clientId: string;
      /** The scope the tab asks for: `{Application ID URI}/access_as_user`. */
      scope: string;
      audiences: string[];
      allowedTenants: string[];
      authorityHost: string;
    }
  | { kind: 'dev' };

export type StoreMode =
  | { kind: 'azure'; endpoint: string; key?: string; database: string }
  | { kind: 'embedded'; dataDir: string; database: string };

/** Files the service keeps (media, archive exports): a container of the Azure storage account, or a local folder. */
export type StorageMode = { kind: 'blob'; url: string } | { kind: 'local'; directory: string };

/** The organisation's LinkedIn app, through which ambassadors post in their own name. */
export interface LinkedInSettings {
  clientId: string;
  clientSecret: string;
  authBaseUrl: string;
  apiBaseUrl: string;
  apiVersion: string;
  /** The token key (`LINKEDIN_TOKEN_KEY`), or a key file kept in DATA_DIR on a local run. */
  tokenKey: { kind: 'setting'; key: Buffer } | { kind: 'file'; path: string };
}
/**
 * Azure OpenAI for the writing help, or off. Without a key, the service's managed identity signs in through Entra
 * ID, as for Cosmos DB.
 */
export type WritingHelpMode =
  | { kind: 'off' }
  | {
      kind: 'azure-openai';
      endpoint: string;
      deployment: string;
      apiVersion: string;
      apiKey?: string;
      timeoutMs: number;
    };

/** How the service reads Entra ID groups through Microsoft Graph, if at all (see docs/admin-guide.md). */
export type GraphMode =
  | { kind: 'off' }
  | { kind: 'managed-identity'; baseUrl: string }
  | { kind: 'on-behalf-of'; baseUrl: string; clientId: string; authorityHost: string };

export interface Config {
  production: boolean;
  /** Tests check every API answer against its route's contract schema (`RouteHandler.answer`). */
  checkAnswers: boolean;
  port: number;
  host: string;
  /** Where people reach the service (tracked links, deep links); defaults to localhost on the bound port. */
  publicUrl?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  dataDir: string;
  /** The built tab, served at `/`. */
  tabDir: string;
  store: StoreMode;
  signIn: SignInMode;
  bot: { appId?: string; password?: string; tenantId?: string };
  teamsAppId?: string;
  appInsightsConnectionString?: string;
  seedDemoData: boolean;
  media: StorageMode;
  /** Where the archive's daily exports are kept: the same storage account as media, or a local folder. */
  archiveStore: StorageMode;
  graph: GraphMode;
  /** What the service's own requests (feeds, link previews) may connect to: see `outboundAddressPolicy`. */
  outboundAddresses: OutboundAddressSettings;
  /** Intranet feeds: how often they are polled, and how long one fetch may take. */
  feeds: { pollIntervalMs: number; fetchTimeoutMs: number };
  /** The dispatcher of proactive messages (see bot/src/delivery/dispatcher.ts). */
  delivery: { ratePerSecond: number; maxInFlight: number; intervalMs: number; claimMs: number };
  /** Nudge rules: the weekly cap per person, re-engagement, and how often the nudge job runs. */
  nudges: { weeklyCap: number; reEngageAfterDays: number; reEngageEveryDays: number; intervalMs: number };
  /** The key continuation tokens are signed with; unset, each process makes its own (see `PageTokens`). */
  pageTokenKey?: string;
  /** Posting to LinkedIn; absent when the organisation has not registered a LinkedIn app. */
  linkedIn?: LinkedInSettings;
  writingHelp: WritingHelpMode;
}

export class ConfigError extends Error {}

/** The one place that reads the environment. Anything inconsistent stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${issues.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';

  const clientId = e.ENTRA_CLIENT_ID;
  if (production && !clientId) {
    throw new ConfigError(
      'ENTRA_CLIENT_ID is required when NODE_ENV=production (no dev sign-in in production).',
    );
  }
  if (clientId && e.ENTRA_ALLOWED_TENANTS.length === 0) {
    throw new ConfigError(
      'ENTRA_ALLOWED_TENANTS must list at least one tenant id when ENTRA_CLIENT_ID is set.',
    );
  }
  if (production && !e.COSMOS_ENDPOINT) {
    throw new ConfigError(
      'COSMOS_ENDPOINT is required when NODE_ENV=production (the embedded store is for local runs).',
    );
  }
  if (production && !e.MEDIA_STORAGE_URL) {
    throw new ConfigError(
      'MEDIA_STORAGE_URL is required when NODE_ENV=production (local media files do not survive a redeploy).',
    );
  }
  if (production && !e.BOT_ID) {
    throw new ConfigError(
      'BOT_ID is required when NODE_ENV=production (without the bot identity, activities are not authenticated).',
    );
  }

  const signIn: SignInMode = clientId
    ? {
        kind: 'entra',
        clientId,
        scope: `${e.ENTRA_APP_ID_URI ?? `api://${clientId}`}/access_as_user`,
        audiences: [clientId, ...(e.ENTRA_APP_ID_URI ? [e.ENTRA_APP_ID_URI] : [])],
        allowedTenants: e.ENTRA_ALLOWED_TENANTS,
        authorityHost: e.ENTRA_AUTHORITY_HOST.replace(/\/$/, ''),
      }
    : { kind: 'dev' };

  const graph = graphMode(e.GRAPH_MODE, e.GRAPH_BASE_URL.replace(/\/$/, ''), signIn);

  const store: StoreMode = e.COSMOS_ENDPOINT
    ? { kind: 'azure', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
    : { kind: 'embedded', dataDir: path.resolve(e.DATA_DIR), database: e.COSMOS_DATABASE };

  return {
    production,
    checkAnswers: e.NODE_ENV === 'test',
    port: e.PORT,
    host: e.HOST,
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/$/, '') } : {}),
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
    tabDir: path.resolve(e.TAB_DIR),
    store,
    signIn,
    bot: { appId: e.BOT_ID, password: e.BOT_PASSWORD, tenantId: e.BOT_TENANT_ID },
    teamsAppId: e.TEAMS_APP_ID,
    appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
    seedDemoData: store.kind === 'embedded' && !production && e.DEMO_DATA === 'auto',
    media: e.MEDIA_STORAGE_URL
      ? { kind: 'blob', url: e.MEDIA_STORAGE_URL }
      : { kind: 'local', directory: path.join(path.resolve(e.DATA_DIR), 'media') },
    archiveStore: e.MEDIA_STORAGE_URL
      ? { kind: 'blob', url: e.MEDIA_STORAGE_URL }
      : { kind: 'local', directory: path.join(path.resolve(e.DATA_DIR), 'archive') },
    graph,
    outboundAddresses: { allowPrivate: !production, intranetRanges: e.INTRANET_ADDRESS_RANGES },
    feeds: { pollIntervalMs: e.FEED_POLL_INTERVAL_MS, fetchTimeoutMs: e.FEED_FETCH_TIMEOUT_MS },
    delivery: {
      ratePerSecond: e.BOT_SEND_RATE,
      maxInFlight: e.BOT_SEND_IN_FLIGHT,
      intervalMs: e.BOT_SEND_INTERVAL_MS,
      claimMs: e.BOT_SEND_CLAIM_MS,
    },
    nudges: {
      weeklyCap: e.NUDGE_WEEKLY_CAP,
      reEngageAfterDays: e.NUDGE_REENGAGE_AFTER_DAYS,
      reEngageEveryDays: e.NUDGE_REENGAGE_EVERY_DAYS,
      intervalMs: e.NUDGE_RULES_INTERVAL_MS,
    },
    ...(e.PAGE_TOKEN_KEY ? { pageTokenKey: e.PAGE_TOKEN_KEY } : {}),
    ...linkedInSettings(e, production),
    writingHelp: writingHelpMode(e),
  };
}

function linkedInSettings(
  e: z.infer<typeof envSchema>,
  production: boolean,
): { linkedIn?: LinkedInSettings } {
  const { LINKEDIN_CLIENT_ID: clientId, LINKEDIN_CLIENT_SECRET: clientSecret } = e;
  if (!clientId && !clientSecret) return {};
  if (!clientId || !clientSecret) {
    throw new ConfigError('LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET go together: set both, or neither.');
  }
  if (!e.LINKEDIN_API_VERSION) {
    throw new ConfigError(
      'LINKEDIN_API_VERSION is required with LINKEDIN_CLIENT_ID: the LinkedIn-Version the service calls, YYYYMM.',
    );
  }
  if (production && !e.LINKEDIN_TOKEN_KEY) {
    throw new ConfigError(
      'LINKEDIN_TOKEN_KEY is required when NODE_ENV=production with LinkedIn on (a key file in DATA_DIR is for local runs).',
    );
  }
  return {
    linkedIn: {
      clientId,
      clientSecret,
      authBaseUrl: e.LINKEDIN_AUTH_BASE_URL.replace(/\/$/, ''),
      apiBaseUrl: e.LINKEDIN_API_BASE_URL.replace(/\/$/, ''),
      apiVersion: e.LINKEDIN_API_VERSION,
      tokenKey: e.LINKEDIN_TOKEN_KEY
        ? { kind: 'setting', key: Buffer.from(e.LINKEDIN_TOKEN_KEY, 'base64') }
        : { kind: 'file', path: path.join(path.resolve(e.DATA_DIR), 'linkedin-token.key') },
    },
  };
}

function writingHelpMode(e: z.infer<typeof envSchema>): WritingHelpMode {
  const endpoint = e.AZURE_OPENAI_ENDPOINT;
  const deployment = e.AZURE_OPENAI_DEPLOYMENT;
  if (!endpoint && !deployment) return { kind: 'off' };
  if (!endpoint || !deployment) {
    throw new ConfigError(
      'AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT go together: set both for the writing help, or neither.',
    );
  }
  return {
    kind: 'azure-openai',
    // The client appends `/openai/deployments/…` itself.
    endpoint: endpoint.replace(/\/+$/, ''),
    deployment,
    apiVersion: e.AZURE_OPENAI_API_VERSION,
    ...(e.AZURE_OPENAI_API_KEY ? { apiKey: e.AZURE_OPENAI_API_KEY } : {}),
    timeoutMs: e.AZURE_OPENAI_TIMEOUT_MS,
  };
}

function graphMode(
  mode: z.infer<typeof envSchema>['GRAPH_MODE'],
  baseUrl: string,
  signIn: SignInMode,
): GraphMode {
  switch (mode) {
    case 'off':
      return { kind: 'off' };
    case 'managed-identity':
      return { kind: 'managed-identity', baseUrl };
    case 'on-behalf-of':
      if (signIn.kind !== 'entra') {
        throw new ConfigError(
          'GRAPH_MODE=on-behalf-of needs ENTRA_CLIENT_ID: it exchanges the signed-in person’s Entra ID token.',
        );
      }
      return {
        kind: 'on-behalf-of',
        baseUrl,
        clientId: signIn.clientId,
        authorityHost: signIn.authorityHost,
      };
  }
}
