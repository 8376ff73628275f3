import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/src/config';
import { containerDefinitions } from '../../../bot/src/store/containers';
import type { ContainerDefinition } from '../../../bot/src/store/containers';
import {
  literal,
  NotALiteral,
  objectEntries,
  outputDeclarations,
  parameterNames,
  parseBicep,
  propertyAt,
  readTemplateWithModules,
  resourceDeclarations,
  stringText,
  variableValue,
} from './bicep';
import type { BicepFile, ResourceDeclaration } from './bicep';
import { containerDifferences } from './cosmos-containers';
import type { BicepContainer } from './cosmos-containers';

const infra = path.resolve(import.meta.dirname, '../../../infra');

describe('infra/azure.bicep', () => {
  let files: BicepFile[];
  let resources: ResourceDeclaration[];

  beforeAll(async () => {
    files = await readTemplateWithModules(path.join(infra, 'azure.bicep'));
    resources = files.flatMap(resourceDeclarations).filter((resource) => !resource.existing);
  });

  const file = (name: string) => files.find((candidate) => candidate.file.endsWith(name))!;
  const resource = (type: string) => {
    const found = resources.filter((candidate) => candidate.type === type);
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };
  const valueAt = (declared: ResourceDeclaration, dottedPath: string) => {
    const node = propertyAt(declared.body, dottedPath);
    expect(node, `${declared.type} ${dottedPath}`).toBeDefined();
    return literal(node!);
  };

  it('parses, and uses every module under infra/modules', async () => {
    const modules = (await readdir(path.join(infra, 'modules'))).filter((name) => name.endsWith('.bicep'));
    expect(files.map((parsed) => path.relative(infra, parsed.file)).sort()).toEqual(
      ['azure.bicep', ...modules.map((name) => path.join('modules', name))].sort(),
    );
  });

  it('declares every resource the service needs', () => {
    expect(new Set(resources.map((declared) => declared.type))).toEqual(
      new Set([
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Web/sites/config',
        'Microsoft.Web/sites/basicPublishingCredentialsPolicies',
        'Microsoft.DocumentDB/databaseAccounts',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
        'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.KeyVault/vaults',
        'Microsoft.KeyVault/vaults/secrets',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies',
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.Insights/components',
        'Microsoft.Insights/diagnosticSettings',
        'Microsoft.Authorization/roleAssignments',
        'Microsoft.CognitiveServices/accounts',
        'Microsoft.CognitiveServices/accounts/deployments',
      ]),
    );
    for (const declared of resources)
      expect(declared.apiVersion, declared.type).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it('runs Node 22 LTS on Linux App Service, HTTPS only, always on, as the managed identity', () => {
    const site = resource('Microsoft.Web/sites');
    expect(valueAt(resource('Microsoft.Web/serverfarms'), 'properties.reserved')).toBe(true);
    expect(valueAt(site, 'properties.httpsOnly')).toBe(true);
    expect(valueAt(site, 'properties.siteConfig.linuxFxVersion')).toBe('NODE|22-lts');
    expect(valueAt(site, 'properties.siteConfig.alwaysOn')).toBe(true);
    expect(valueAt(site, 'properties.siteConfig.healthCheckPath')).toBe('/healthz');
    expect(valueAt(site, 'properties.siteConfig.appCommandLine')).toBe(
      'node --enable-source-maps dist/server/main.js',
    );
    expect(valueAt(site, 'identity.type')).toBe('UserAssigned');
    expect(propertyAt(site.body, 'properties.keyVaultReferenceIdentity')?.text).toBe('identityId');
    const policies = resources.filter((declared) =>
      declared.type.endsWith('/basicPublishingCredentialsPolicies'),
    );
    expect(
      policies.map((policy) => [
        literal(propertyAt(policy.body, 'name')!),
        valueAt(policy, 'properties.allow'),
      ]),
    ).toEqual([
      ['ftp', false],
      ['scm', false],
    ]);
  });

  /** The app settings: always these, `union`ed with the optional LinkedIn ones (see below). */
  const appSettings = () => {
    const properties = propertyAt(resource('Microsoft.Web/sites/config').body, 'properties')!;
    expect(properties.type).toBe('call_expression');
    const [, args] = properties.namedChildren;
    const [optional, always] = args!.namedChildren;
    return { optional: optional!, always: always! };
  };

  it('gives the service the settings its configuration requires in production', () => {
    const settings = appSettings().always;
    // Expressions become stand-ins the schema accepts: a URL satisfies both URL and plain string settings.
    const env = Object.fromEntries(
      objectEntries(settings).map(({ key, value }) => [
        key,
        value.type === 'string' ? stringText(value, 'x') : 'https://expression.invalid',
      ]),
    );
    const config = loadConfig(env);
    expect(config.production).toBe(true);
    expect(config.host).toBe('0.0.0.0');
    expect(config.store.kind).toBe('azure');
    expect(env.COSMOS_DATABASE).toBeDefined();
    expect(config.signIn.kind).toBe('entra');
    expect(config.bot.appId).toBeDefined();
    expect(config.bot.tenantId).toBeDefined();
    expect(env).not.toHaveProperty('BOT_PASSWORD');
    expect(env).not.toHaveProperty('COSMOS_KEY');
    expect(env).not.toHaveProperty('AZURE_OPENAI_API_KEY');
    expect(config.writingHelp).toMatchObject({ kind: 'azure-openai' });
    expect(env).not.toHaveProperty('PORT');
    expect(env.AZURE_CLIENT_ID).toBeDefined();
    expect(env.APPLICATIONINSIGHTS_CONNECTION_STRING).toBe('@Microsoft.KeyVault(SecretUri=x)');
  });

  it('turns LinkedIn on only with its app, its secret and token key as Key Vault references', () => {
    expect(appSettings().optional.text).toBe('linkedInSettings');
    const [condition, off, on] = variableValue(file('web-app.bicep'), 'linkedInSettings')!.namedChildren;
    expect(condition!.text).toBe('empty(linkedInClientId)');
    expect(literal(off!)).toEqual({});
    const settings = Object.fromEntries(objectEntries(on!).map(({ key, value }) => [key, value.text]));
    expect(settings).toEqual({
      LINKEDIN_CLIENT_ID: 'linkedInClientId',
      LINKEDIN_CLIENT_SECRET: "'@Microsoft.KeyVault(SecretUri=${linkedInClientSecretUri})'",
      LINKEDIN_TOKEN_KEY: "'@Microsoft.KeyVault(SecretUri=${linkedInTokenKeyUri})'",
      LINKEDIN_API_VERSION: 'linkedInApiVersion',
    });
  });

  it('keeps Cosmos DB keyless, continuously backed up, serverless or autoscale by parameter', () => {
    const account = resource('Microsoft.DocumentDB/databaseAccounts');
    expect(valueAt(account, 'properties.disableLocalAuth')).toBe(true);
    expect(valueAt(account, 'properties.backupPolicy')).toEqual({
      type: 'Continuous',
      continuousModeProperties: { tier: 'Continuous7Days' },
    });
    expect(propertyAt(account.body, 'properties.capabilities')?.text).toContain(
      "[{ name: 'EnableServerless' }]",
    );
    expect(parameterNames(file('cosmos.bicep')).map((param) => param.name)).toContain('capacityMode');
    const roleAssignment = resource('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    expect(propertyAt(roleAssignment.body, 'properties.principalId')?.text).toBe(
      'dataContributorPrincipalId',
    );
  });

  it('registers the bot with the managed identity, the Teams and Microsoft 365 channels; Key Vault and Storage use Entra ID', () => {
    const bot = resource('Microsoft.BotService/botServices');
    expect(valueAt(bot, 'properties.msaAppType')).toBe('UserAssignedMSI');
    const channels = resources.filter(
      (declared) => declared.type === 'Microsoft.BotService/botServices/channels',
    );
    // Teams for chat and the message extension; Microsoft 365 for the Viva Connections dashboard card.
    expect(
      channels.map((channel) => [valueAt(channel, 'name'), valueAt(channel, 'properties.channelName')]),
    ).toEqual([
      ['MsTeamsChannel', 'MsTeamsChannel'],
      ['M365Extensions', 'M365Extensions'],
    ]);
    for (const channel of channels) expect(propertyAt(channel.body, 'parent')?.text).toBe(bot.symbol);
    expect(valueAt(resource('Microsoft.KeyVault/vaults'), 'properties.enableRbacAuthorization')).toBe(true);
    const storage = resource('Microsoft.Storage/storageAccounts');
    expect(valueAt(storage, 'properties.allowBlobPublicAccess')).toBe(false);
    expect(valueAt(storage, 'properties.allowSharedKeyAccess')).toBe(false);
  });

  it('deploys Azure OpenAI for the writing help only when asked, keyless, the service identity its only user', () => {
    const main = file('azure.bicep');
    expect(parameterNames(main)).toContainEqual({ name: 'writingHelp', hasDefault: true });
    const declaration = main.root.namedChildren.find(
      (node) => node.type === 'module_declaration' && node.text.includes("'modules/openai.bicep'"),
    );
    expect(declaration?.text).toMatch(/= if \(enableWritingHelp\)/);
    expect(
      propertyAt(declaration?.namedChildren.at(-1)?.namedChildren.at(-1), 'params.userPrincipalId')?.text,
    ).toBe('identity.outputs.principalId');

    const account = resource('Microsoft.CognitiveServices/accounts');
    expect(valueAt(account, 'kind')).toBe('OpenAI');
    expect(valueAt(account, 'properties.disableLocalAuth')).toBe(true);
    expect(propertyAt(account.body, 'properties.customSubDomainName')?.text).toBe('name');
    const deployment = resource('Microsoft.CognitiveServices/accounts/deployments');
    expect(propertyAt(deployment.body, 'parent')?.text).toBe(account.symbol);
    expect(valueAt(deployment, 'properties.model.format')).toBe('OpenAI');

    const openAi = file('openai.bicep');
    // Built-in role "Cognitive Services OpenAI User": calls the models, reads no keys, manages nothing.
    expect(literal(variableValue(openAi, 'openAiUserRoleId')!)).toBe('5e0bd9bd-7b93-4f28-af87-19fc36ad61bd');
    const role = resourceDeclarations(openAi).find(
      (declared) => declared.type === 'Microsoft.Authorization/roleAssignments',
    )!;
    expect(propertyAt(role.body, 'scope')?.text).toBe(account.symbol);
    expect(propertyAt(role.body, 'properties.principalId')?.text).toBe('userPrincipalId');

    // Off, the settings are empty and the service reads them as unset: the help is hidden.
    const webApp = main.root.namedChildren.find(
      (node) => node.type === 'module_declaration' && node.text.includes("'modules/web-app.bicep'"),
    );
    expect(webApp?.text).toContain(
      "openAiEndpoint: enableWritingHelp ? 'https://${openAiName}.openai.azure.com/' : ''",
    );
    expect(loadConfig({ AZURE_OPENAI_ENDPOINT: '', AZURE_OPENAI_DEPLOYMENT: '' }).writingHelp).toEqual({
      kind: 'off',
    });
  });

  it('keeps the compliance archive in a blob container under a time-based immutability policy (WORM)', () => {
    const containers = resources.filter(
      (declared) => declared.type === 'Microsoft.Storage/storageAccounts/blobServices/containers',
    );
    const archive = containers.find((declared) => valueAt(declared, 'name') === 'archive');
    expect(archive, 'an archive blob container').toBeDefined();
    expect(valueAt(archive!, 'properties.publicAccess')).toBe('None');
    const policy = resource('Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies');
    expect(propertyAt(policy.body, 'parent')!.text).toBe(archive!.symbol);
    expect(valueAt(policy, 'name')).toBe('default');
    expect(valueAt(policy, 'properties.allowProtectedAppendWrites')).toBe(false);
    const storage = file('storage.bicep');
    const days = parameterNames(storage).find((param) => param.name === 'archiveImmutabilityDays');
    expect(days, 'the retention period is a parameter').toMatchObject({ hasDefault: true });
  });

  it('takes the location as a parameter, for data residency, and gets every parameter it needs', async () => {
    const declared = parameterNames(file('azure.bicep'));
    expect(declared).toContainEqual({ name: 'location', hasDefault: true });
    const parametersFile = JSON.parse(await readFile(path.join(infra, 'azure.parameters.json'), 'utf8')) as {
      parameters: Record<string, { value: unknown }>;
    };
    const given = Object.keys(parametersFile.parameters);
    expect(given.filter((name) => !declared.some((param) => param.name === name))).toEqual([]);
    expect(declared.filter((param) => !param.hasDefault && !given.includes(param.name))).toEqual([]);
    expect(given).toContain('location');
  });

  it('outputs what teamsapp.yml reads, and no secret', () => {
    const outputs = outputDeclarations(file('azure.bicep')).map((output) => output.name);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
        'BOT_DOMAIN',
        'BOT_ID',
        'BOT_TENANT_ID',
        'TAB_DOMAIN',
        'TAB_HOSTNAME',
        'TAB_ENDPOINT',
      ]),
    );
    expect(files.flatMap((parsed) => secretOutputs(parsed))).toEqual([]);
  });

  it('creates exactly the Cosmos DB containers the code declares', () => {
    const cosmos = file('cosmos.bicep');
    const loop = resource('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    expect(loop.body?.parent?.type).toBe('for_statement');
    expect(loop.body?.parent?.text).toMatch(/\bfor container in containers:/);
    expect(propertyAt(loop.body, 'properties.resource.indexingPolicy')?.text).toBe(
      'container.indexingPolicy',
    );
    expect(propertyAt(loop.body, 'properties.resource.partitionKey.paths')?.text).toBe(
      '[container.partitionKey]',
    );
    expect(propertyAt(loop.body, 'properties.resource.defaultTtl')?.text).toBe('container.?defaultTtl');
    // The database the Bicep creates is the one the service opens when COSMOS_DATABASE is left at its default.
    expect(literal(variableValue(file('azure.bicep'), 'cosmosDatabaseName')!)).toBe(
      loadConfig({}).store.database,
    );
    const declared = literal(variableValue(cosmos, 'containers')!) as BicepContainer[];
    expect(containerDifferences(containerDefinitions, declared)).toEqual([]);
  });
});

describe('containerDifferences', () => {
  const code: ContainerDefinition[] = [
    {
      id: 'people',
      partitionKey: '/tenantId',
      indexingPolicy: { indexingMode: 'consistent', includedPaths: [{ path: '/a/?' }, { path: '/b/?' }] },
    },
  ];
  const bicep: BicepContainer[] = [
    {
      id: 'people',
      partitionKey: '/tenantId',
      indexingPolicy: { includedPaths: [{ path: '/b/?' }, { path: '/a/?' }], indexingMode: 'consistent' },
      uniqueKeyPolicy: { uniqueKeys: [] },
    },
  ];

  it('accepts the same containers written differently', () => {
    expect(containerDifferences(code, bicep)).toEqual([]);
  });

  it('fails when a container is added in the code but not in the Bicep', () => {
    const added: ContainerDefinition = { id: 'shares', partitionKey: '/tenantId', indexingPolicy: {} };
    expect(containerDifferences([...containerDefinitions, added], [])).toContain(
      'container "shares" is in bot/src/store/containers.ts but not in the Bicep',
    );
    expect(containerDifferences([...code, added], bicep)).toEqual([
      'container "shares" is in bot/src/store/containers.ts but not in the Bicep',
    ]);
  });

  it('fails on a container only in the Bicep, another partition key, TTL, index path or unique key', () => {
    const changed: BicepContainer[] = [
      {
        ...bicep[0]!,
        partitionKey: '/id',
        indexingPolicy: { indexingMode: 'consistent', includedPaths: [{ path: '/a/?' }] },
        uniqueKeyPolicy: { uniqueKeys: [{ paths: ['/email'] }] },
        defaultTtl: -1,
      },
      { id: 'legacy', partitionKey: '/tenantId', indexingPolicy: {} },
    ];
    expect(containerDifferences(code, changed)).toEqual([
      'container "legacy" is in the Bicep but not in bot/src/store/containers.ts',
      'container "people": partition key /id in the Bicep, /tenantId in the code',
      'container "people": default TTL -1 in the Bicep, off in the code',
      'container "people": indexingPolicy in the Bicep {"includedPaths":[{"path":"/a/?"}],"indexingMode":"consistent"}, in the code {"includedPaths":[{"path":"/a/?"},{"path":"/b/?"}],"indexingMode":"consistent"}',
      'container "people": uniqueKeyPolicy in the Bicep {"uniqueKeys":[{"paths":["/email"]}]}, in the code {"uniqueKeys":[]}',
    ]);
  });
});

describe('the Bicep reader', () => {
  it('rejects a file with a syntax error, naming the line', async () => {
    await expect(
      parseBicep("param a string\nresource x 'T@1' = {\n  name: 'x'\n", 'broken.bicep'),
    ).rejects.toThrow(/^broken\.bicep:\d+:\d+: syntax error/);
  });

  it('flags outputs that would leak a secret', async () => {
    const parsed = await parseBicep(
      [
        "output COSMOS_ENDPOINT string = 'https://x'",
        'output KEY string = account.listKeys().primaryMasterKey',
        'output CS string = appInsights.properties.ConnectionString',
        '@secure()',
        'output HIDDEN string = token',
      ].join('\n'),
    );
    expect(secretOutputs(parsed)).toEqual([
      'inline.bicep: output KEY',
      'inline.bicep: output CS',
      'inline.bicep: output HIDDEN',
    ]);
  });

  it('evaluates literals only', async () => {
    const parsed = await parseBicep("var a = { b: [1, true, null, 'c'] }\nvar d = 'e${f}'");
    expect(literal(variableValue(parsed, 'a')!)).toEqual({ b: [1, true, null, 'c'] });
    expect(() => literal(variableValue(parsed, 'd')!)).toThrow(NotALiteral);
  });
});

/** Outputs end up in deployment history and env files: no keys, connection strings, passwords or tokens. */
function secretOutputs(parsed: BicepFile): string[] {
  // A name may mention a secret it only locates (a Key Vault secret URI, a resource id).
  const secretName = /key|secret|password|connectionstring|token|credential/i;
  const locator = /(uri|url|id|endpoint|name)$/i;
  const secretValue =
    /\blist\w*\(|\.properties\.(connectionString|instrumentationKey|value)\b|(primary|secondary)\w*Key|password/i;
  return outputDeclarations(parsed)
    .filter(
      (output) =>
        output.decorators.includes('secure') ||
        (secretName.test(output.name) && !locator.test(output.name)) ||
        secretValue.test(output.value.text),
    )
    .map((output) => `${path.basename(parsed.file)}: output ${output.name}`);
}
