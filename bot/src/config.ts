import path from 'node:path';
import { z } from 'zod';

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

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
});

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

export interface Config {
  production: boolean;
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

  const store: StoreMode = e.COSMOS_ENDPOINT
    ? { kind: 'azure', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
    : { kind: 'embedded', dataDir: path.resolve(e.DATA_DIR), database: e.COSMOS_DATABASE };

  return {
    production,
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
  };
}
