import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppPackage, bundledSchema, PackagingError } from '../../../scripts/package-app';
import type { AppPackage } from '../../../scripts/package-app';
import { tabDeepLink } from '../../../bot/src/chat/tab-deep-link';
import { activityTypes } from '../../../bot/src/teams/activity-types';
import { DASHBOARD_CARD_ID } from '../../../bot/src/teams/viva/card-extension-views';
import { checkDomains, checkIcons, checkLocalization, checkVersion, extraChecks } from './manifest-checks';
import type { CheckedManifest, LocalizationSchema } from './manifest-checks';
import { decodeRgbaPng, encodeRgbaPng } from './png';

const repo = path.resolve(import.meta.dirname, '../../..');

/** A copy of appPackage/ and env/ in a temporary directory, so that tests never write into the repository. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ambassade-package-'));
  await cp(path.join(repo, 'appPackage'), path.join(dir, 'appPackage'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build`),
  });
  await cp(path.join(repo, 'env'), path.join(dir, 'env'), { recursive: true });
  return dir;
}

describe('npm run package -- --env local', () => {
  let dir: string;
  let built: AppPackage;
  let zip: JSZip;
  let manifest: CheckedManifest & Record<string, unknown>;
  let files: Map<string, Uint8Array>;
  let localizationSchema: LocalizationSchema;

  beforeAll(async () => {
    dir = await workspace();
    built = await buildAppPackage({ rootDir: dir, envName: 'local', processEnv: {} });
    zip = await JSZip.loadAsync(await readFile(built.zipPath));
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    files = new Map();
    for (const name of Object.keys(zip.files).filter((name) => name !== 'manifest.json')) {
      files.set(name, await zip.file(name)!.async('uint8array'));
    }
    localizationSchema = (await bundledSchema(
      String(manifest.manifestVersion),
      'MicrosoftTeams.Localization',
    )) as LocalizationSchema;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The French strings of the built package, a fresh copy each time (some tests edit them). */
  function frenchStrings(): Record<string, string> {
    return JSON.parse(new TextDecoder().decode(files.get('fr.json'))) as Record<string, string>;
  }

  it('writes the manifest and a flat zip with the icons and the French strings', async () => {
    expect(path.relative(dir, built.manifestPath)).toBe(
      path.join('appPackage', 'build', 'manifest.local.json'),
    );
    expect(path.relative(dir, built.zipPath)).toBe(path.join('appPackage', 'build', 'appPackage.local.zip'));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    expect(JSON.parse(await readFile(built.manifestPath, 'utf8'))).toEqual(manifest);
    for (const text of [JSON.stringify(manifest), new TextDecoder().decode(files.get('fr.json'))]) {
      expect(text).not.toContain('${{');
    }
  });

  it('passes the official manifest and localization schemas, offline', async () => {
    const manifestSchema = await bundledSchema(String(manifest.manifestVersion), 'MicrosoftTeams');
    expect(manifest.manifestVersion).not.toBe('1.18');
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never, manifestSchema as never)).toEqual(
      [],
    );
    expect(
      await AppManifestUtils.validateAgainstSchema(frenchStrings() as never, localizationSchema as never),
    ).toEqual([]);
  });

  it('passes what the schema misses: semver, icon sizes, every string in both languages, tabs on a valid domain', () => {
    expect(extraChecks(manifest, files, localizationSchema)).toEqual([]);
  });

  it('speaks English by default and French as well', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'fr', file: 'fr.json' }],
    });
  });

  it('is on manifest 1.30, in shared and private channels too, with its features in both languages', () => {
    const { description, configurableTabs, supportsChannelFeatures } = manifest as unknown as {
      description: { features: { title: string; description: string }[] };
      configurableTabs: { scopes: string[] }[];
      supportsChannelFeatures: string;
    };
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(frenchStrings().$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
    );
    expect(configurableTabs[0]!.scopes).toContain('team');
    expect(supportsChannelFeatures).toBe('tier1');
    expect(description.features.length).toBeGreaterThan(0);
    expect(description.features.length).toBeLessThanOrEqual(3);
    const french = frenchStrings();
    description.features.forEach((feature, index) => {
      for (const field of ['title', 'description'] as const) {
        const translated = french[`description.features[${index}].${field}`];
        expect(feature[field].trim(), `features[${index}].${field}`).not.toBe('');
        expect(translated?.trim(), `French features[${index}].${field}`).toBeTruthy();
        expect(translated).not.toBe(feature[field]);
      }
    });
  });

  it('declares the feed notifications the code sends, their parameters in both languages, and their permission', () => {
    const { activities, authorization } = manifest as unknown as {
      activities: { activityTypes: { type: string; templateText: string }[] };
      authorization: unknown;
    };
    const parametersOf = (template = '') =>
      [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
    expect(activities.activityTypes.map((activity) => activity.type)).toEqual(Object.keys(activityTypes));
    const french = frenchStrings();
    activities.activityTypes.forEach(({ type, templateText }, index) => {
      const parameters = [...activityTypes[type as keyof typeof activityTypes]].sort();
      expect(parametersOf(templateText), `${type} in English`).toEqual(parameters);
      const frenchTemplate = french[`activities.activityTypes[${index}].templateText`];
      expect(parametersOf(frenchTemplate), `${type} in French`).toEqual(parameters);
    });
    // The feed notifications are sent as the app, to people who installed it: consent comes with installation.
    expect(authorization).toEqual({
      permissions: { resourceSpecific: [{ name: 'TeamsActivity.Send.User', type: 'Application' }] },
    });
  });

  it("opens deep links from the bot on the personal tab's entity", () => {
    const link = tabDeepLink('library', { publicUrl: 'https://x', teamsAppId: String(manifest.id) });
    const entityId = new URL(link).pathname.split('/').at(-1);
    const tab = manifest.staticTabs!.find((candidate) => candidate.entityId === entityId);
    expect(tab?.contentUrl).toBe('https://localhost:3978/library?host=teams');
  });

  it('offers the channel tab on SharePoint pages, the bot commands and the library search', () => {
    const { configurableTabs, bots, composeExtensions } = manifest as unknown as {
      configurableTabs: { configurationUrl: string; supportedSharePointHosts: string[] }[];
      bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
      composeExtensions: {
        botId: string;
        commands: { id: string; type: string; parameters: { name: string }[] }[];
      }[];
    };
    expect(configurableTabs[0]!.configurationUrl).toBe('https://localhost:3978/config?host=teams');
    expect(configurableTabs[0]!.supportedSharePointHosts).toEqual([
      'sharePointFullPage',
      'sharePointWebPart',
    ]);
    expect(bots[0]!.scopes).toEqual(['personal']);
    expect(bots[0]!.commandLists[0]!.commands.map((command) => command.title)).toEqual([
      'help',
      'latest',
      'my stats',
      'leaderboard',
      'preferences',
      'stop',
      'resume',
    ]);
    expect(frenchStrings()['bots[0].commandLists[0].commands[0].title']).toBe('aide');
    const [search] = composeExtensions[0]!.commands;
    expect(search).toMatchObject({ id: 'searchLibrary', type: 'query', parameters: [{ name: 'query' }] });
    expect(composeExtensions[0]!.botId).toBe(bots[0]!.botId);
  });

  it('offers a Viva Connections dashboard card served by the bot, under the id the bot answers with', () => {
    const { dashboardCards, bots } = manifest as unknown as {
      dashboardCards: { id: string; contentSource: unknown; defaultSize: string }[];
      bots: { botId: string }[];
    };

    expect(dashboardCards).toHaveLength(1);
    expect(dashboardCards[0]).toMatchObject({
      id: DASHBOARD_CARD_ID,
      contentSource: { sourceType: 'bot', botConfiguration: { botId: bots[0]!.botId } },
      defaultSize: 'medium',
    });
    // The localization schema has no key for dashboard cards: the card picker shows its name in English.
    expect(Object.keys(localizationSchema.patternProperties ?? {}).join()).not.toContain('dashboardCards');
  });

  it('asks Teams to unfurl links on the tab’s host, where tracked links live too', () => {
    const { composeExtensions } = manifest as unknown as {
      composeExtensions: { messageHandlers: { type: string; value: { domains: string[] } }[] }[];
    };
    const tabHost = new URL(manifest.staticTabs![0]!.contentUrl!).hostname;

    expect(composeExtensions[0]!.messageHandlers).toEqual([{ type: 'link', value: { domains: [tabHost] } }]);
  });

  it('fails with the name of an unresolved placeholder and of the env file', async () => {
    const envFile = path.join(dir, 'env', '.env.local');
    const original = await readFile(envFile, 'utf8');
    await writeFile(envFile, original.replace(/^BOT_ID=.*$/m, ''));
    try {
      const attempt = buildAppPackage({ rootDir: dir, envName: 'local', processEnv: {} });
      await expect(attempt).rejects.toThrow(PackagingError);
      await expect(attempt).rejects.toThrow(
        /appPackage\/manifest\.json: no value for \$\{\{BOT_ID\}\} in env\/\.env\.local/,
      );
      // The process environment completes the env file, as in Teams Toolkit.
      const fromProcess = await buildAppPackage({
        rootDir: dir,
        envName: 'local',
        processEnv: { BOT_ID: '00000000-0000-4000-8000-0000000000aa' },
      });
      expect((fromProcess.manifest as unknown as { bots: { botId: string }[] }).bots[0]!.botId).toBe(
        '00000000-0000-4000-8000-0000000000aa',
      );
    } finally {
      await writeFile(envFile, original);
    }
  });

  it('refuses a manifest or a language file that breaks its schema, and an unknown environment', async () => {
    await expect(
      buildAppPackage({ rootDir: dir, envName: 'local', processEnv: { TEAMS_APP_ID: 'not-a-guid' } }),
    ).rejects.toThrow(/does not match its schema:\n {2}manifest\.json: \/id must match pattern/);
    const frenchFile = path.join(dir, 'appPackage', 'fr.json');
    const french = await readFile(frenchFile, 'utf8');
    await writeFile(frenchFile, french.replace('"name.full"', '"name.fulll"'));
    try {
      await expect(buildAppPackage({ rootDir: dir, envName: 'local', processEnv: {} })).rejects.toThrow(
        /fr\.json: {2}must NOT have additional properties\. Details: \{"additionalProperty":"name\.fulll"\}/,
      );
    } finally {
      await writeFile(frenchFile, french);
    }
    await expect(buildAppPackage({ rootDir: dir, envName: 'prod', processEnv: {} })).rejects.toThrow(
      'No env/.env.prod. Known environments: dev, local.',
    );
  });

  describe('the extra checks catch', () => {
    it('a version that is not semver', () => {
      expect(checkVersion({ ...manifest, version: '1.0' })).toEqual([
        'version "1.0" is not semver (MAJOR.MINOR.PATCH)',
      ]);
    });

    it('icons of the wrong size, or an outline that is not white on transparent', () => {
      const swapped = { ...manifest, icons: { color: 'outline.png', outline: 'color.png' } };
      expect(checkIcons(swapped, files)).toEqual([
        'outline.png is 32×32, expected 192×192',
        'color.png is 192×192, expected 32×32',
      ]);
      const outline = decodeRgbaPng(files.get('outline.png')!);
      const withOutline = (pixels: Uint8Array) =>
        checkIcons(manifest, new Map(files).set('outline.png', encodeRgbaPng({ ...outline, pixels })));
      expect(withOutline(outline.pixels)).toEqual([]);
      const red = Uint8Array.from(outline.pixels);
      red.set([255, 0, 0, 255], (5 * 32 + 20) * 4);
      expect(withOutline(red)).toEqual([
        'outline.png: pixel (20, 5) is rgba(255, 0, 0, 255); only white or transparent',
      ]);
      expect(withOutline(new Uint8Array(32 * 32 * 4).fill(255))).toEqual([
        'outline.png has no transparent pixel',
      ]);
      expect(withOutline(new Uint8Array(32 * 32 * 4))).toEqual(['outline.png has no visible pixel']);
    });

    it('a string with no French translation, and a translation of nothing', () => {
      const french = frenchStrings();
      delete french['staticTabs[1].name'];
      french['staticTabs[7].name'] = 'Fantôme';
      const edited = new Map(files).set('fr.json', new TextEncoder().encode(JSON.stringify(french)));
      expect(checkLocalization(manifest, edited, localizationSchema)).toEqual([
        'fr.json: no translation of "staticTabs[1].name"',
        'fr.json: "staticTabs[7].name" translates nothing in the manifest',
      ]);
    });

    it('a tab off the valid domains, a domain with a port, and an SSO resource for another app', () => {
      expect(
        checkDomains({
          ...manifest,
          validDomains: ['localhost:3978'],
          staticTabs: [{ entityId: 'home', contentUrl: 'http://localhost/' }],
          configurableTabs: [{ configurationUrl: 'https://elsewhere.example/config' }],
          webApplicationInfo: { id: 'a', resource: 'api://localhost/b' },
        }),
      ).toEqual([
        'validDomains: "localhost:3978" must be a host name alone (no scheme, port or path)',
        'staticTabs[0].contentUrl: http://localhost/ is not an HTTPS URL',
        'configurableTabs[0].configurationUrl: https://elsewhere.example/config is not on a valid domain',
        'webApplicationInfo.resource: api://localhost/b is not on a valid domain',
        'webApplicationInfo.resource: api://localhost/b does not end with the app id a',
      ]);
    });
  });
});
