import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseEnvFile } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { appRoles } from '../../../bot/src/contract/roles';
import { outputDeclarations, readBicep } from './bicep';
import { placeholders, schemaVersions, stages } from './toolkit-project';
import type { Step } from './toolkit-project';

const repo = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFile(path.join(repo, file), 'utf8');

interface AadManifest {
  signInAudience: string;
  identifierUris: string[];
  replyUrlsWithType: { url: string; type: string }[];
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  oauth2Permissions: { id: string; value: string; type: string; isEnabled: boolean }[];
  preAuthorizedApplications: { appId: string; permissionIds: string[] }[];
  appRoles: { id: string; value: string; allowedMemberTypes: string[]; isEnabled: boolean }[];
}

describe('aad.manifest.json', async () => {
  const aad = JSON.parse(await read('aad.manifest.json')) as AadManifest;
  const teamsManifest = JSON.parse(await read('appPackage/manifest.json')) as {
    webApplicationInfo: { resource: string };
  };

  it('defines exactly the app roles the code reads from the token', () => {
    expect(aad.appRoles.map((role) => role.value).sort()).toEqual([...appRoles].sort());
    for (const role of aad.appRoles) {
      expect(role).toMatchObject({ allowedMemberTypes: ['User'], isEnabled: true });
      expect(role.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(aad.appRoles.map((role) => role.id)).size).toBe(aad.appRoles.length);
  });

  it('exposes access_as_user to the Teams and Microsoft 365 clients, at the address Teams asks for', () => {
    expect(aad.oauth2Permissions).toEqual([
      expect.objectContaining({ value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
    const scopeId = aad.oauth2Permissions[0]!.id;
    const clients = aad.preAuthorizedApplications.map((client) => client.appId);
    // Teams desktop and mobile, Teams web, Microsoft 365 web, Outlook web.
    for (const client of [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
      '4765445b-32c6-49b0-83e6-1d93765276ca',
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
    ]) {
      expect(clients).toContain(client);
    }
    for (const client of aad.preAuthorizedApplications) expect(client.permissionIds).toEqual([scopeId]);
    expect(aad.identifierUris).toEqual([teamsManifest.webApplicationInfo.resource]);
    expect(aad.replyUrlsWithType).toEqual([{ url: 'https://${{TAB_DOMAIN}}/', type: 'Spa' }]);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('asks only for delegated Graph permissions, each explained in the README', async () => {
    const readme = await read('README.md');
    expect(readme).toContain('\n## What an administrator consents to\n');
    const consentSection = readme.slice(readme.indexOf('\n## What an administrator consents to\n'));
    for (const resource of aad.requiredResourceAccess) {
      for (const permission of resource.resourceAccess) {
        expect(permission.type, permission.id).toBe('Scope');
        expect(consentSection).toContain(`\`${permission.id}\``);
      }
    }
  });
});

const projects = [
  { project: 'teamsapp.yml', env: 'dev' },
  { project: 'teamsapp.local.yml', env: 'local' },
];

it('keeps both toolkit project files on one YAML schema version', async () => {
  const declared = await Promise.all(
    projects.map(async ({ project }) => schemaVersions(await read(project)).declared),
  );
  expect(new Set(declared).size).toBe(1);
});

describe.each(projects)('$project with env/.env.$env', async ({ project, env }) => {
  const projectText = await read(project);
  const lifecycle = stages(projectText);
  const envValues = parseEnvFile(await read(`env/.env.${env}`));

  /** Every variable a step reads, in the step itself and in the files it names. */
  async function reads(step: Step): Promise<string[]> {
    const texts = [step.text];
    for (const file of step.files) {
      texts.push(await read(file));
      if (file.endsWith('appPackage/manifest.json')) {
        const manifest = JSON.parse(await read(file)) as {
          localizationInfo?: { additionalLanguages?: { file: string }[] };
        };
        for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
          texts.push(await read(path.join('appPackage', language.file)));
        }
      }
    }
    return [...new Set(texts.flatMap(placeholders))];
  }

  /** What a step leaves in the env file: its declared outputs, Bicep outputs, the generated scope id. */
  async function writes(step: Step): Promise<string[]> {
    const written = [...step.writes];
    if (step.uses === 'arm/deploy') {
      const template = step.files.find((file) => file.endsWith('.bicep'))!;
      written.push(
        ...outputDeclarations(await readBicep(path.join(repo, template))).map((output) => output.name),
      );
    }
    if (step.uses === 'aadApp/update') written.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
    return written;
  }

  it('declares the YAML schema version its $schema line names', () => {
    const { declared, named } = schemaVersions(projectText);
    expect(named).toMatch(/^v\d+\.\d+$/);
    expect(declared).toBe(named);
  });

  it('names files that exist', async () => {
    const files = Object.values(lifecycle).flatMap((steps) => steps.flatMap((step) => step.files));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await expect(access(path.join(repo, file)), file).resolves.toBeUndefined();
  });

  it('provisions in an order where every value exists before a step reads it, then deploys and publishes', async () => {
    const defined = new Set(Object.keys(envValues));
    const missing: string[] = [];
    for (const step of lifecycle.provision!) {
      for (const name of await writes(step)) if (step.uses === 'aadApp/update') defined.add(name);
      for (const name of await reads(step))
        if (!defined.has(name)) missing.push(`${step.uses} reads ${name}`);
      for (const name of await writes(step)) defined.add(name);
    }
    for (const step of [...lifecycle.deploy!, ...(lifecycle.publish ?? [])]) {
      for (const name of await reads(step))
        if (!defined.has(name)) missing.push(`${step.uses} reads ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('creates the Teams app, the Entra app and the bot, and validates, zips and updates the package', () => {
    const actions = lifecycle.provision!.map((step) => step.uses);
    expect(actions).toEqual(
      expect.arrayContaining([
        'teamsApp/create',
        'aadApp/create',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/update',
      ]),
    );
    expect(actions.some((action) => ['arm/deploy', 'botFramework/create'].includes(action))).toBe(true);
  });

  it('keeps secrets out of the committed env file', () => {
    const secrets = Object.entries(envValues).filter(
      ([name, value]) => /^SECRET_|PASSWORD|CLIENT_SECRET|_KEY$/.test(name) && value !== '',
    );
    expect(secrets).toEqual([]);
  });
});
