import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseProjectFile,
  toolkitCliMissing,
  toolkitCliSkipReason,
  validateAppPackage,
} from '../../support/agents-toolkit-cli';

const repo = path.resolve(import.meta.dirname, '../../..');

/** What `atk provision --env dev` writes to env/.env.dev before the package is built. */
const provisionedDev = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-0000000000a1',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-0000000000a2',
  BOT_ID: '00000000-0000-4000-8000-0000000000a3',
  TAB_DOMAIN: 'ambassade-dev.azurewebsites.net',
  TAB_HOSTNAME: 'ambassade-dev.azurewebsites.net',
};

describe.skipIf(toolkitCliMissing)(
  `the Agents Toolkit CLI accepts the project${toolkitCliMissing ? ` (skipped: ${toolkitCliSkipReason})` : ''}`,
  // Each check starts the CLI, which loads for seconds, more on a cold disk or a busy machine.
  { timeout: 60_000 },
  () => {
    let scratch: string;
    beforeAll(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), 'ambassade-atk-'));
    });
    afterAll(() => rm(scratch, { recursive: true, force: true }));

    it.each(['teamsapp.yml', 'teamsapp.local.yml'])('reads %s against its YAML schema', async (file) => {
      expect(await parseProjectFile(path.join(repo, file))).toEqual({ ok: true, output: '' });
    });

    it('refuses a project file with a step it does not know, so the check above can fail', async () => {
      const yml = await readFile(path.join(repo, 'teamsapp.local.yml'), 'utf8');
      const broken = path.join(scratch, 'teamsapp.yml');
      await writeFile(
        broken,
        yml.replace(/^ {2}- uses: /m, '  - uses: no/suchAction\n    with: {}\n  - uses: '),
      );
      expect((await parseProjectFile(broken)).ok).toBe(false);
    });

    it.each([
      { env: 'local', variables: {} },
      { env: 'dev', variables: provisionedDev },
    ])('validates the app package for $env offline', async ({ env, variables }) => {
      const result = await validateAppPackage(repo, ['--env', env], variables);
      expect(result.output).toContain('All passed');
      expect(result.ok).toBe(true);
    });

    it('refuses a manifest outside its schema, so the validation above can fail', async () => {
      const manifest = JSON.parse(
        await readFile(path.join(repo, 'appPackage/manifest.json'), 'utf8'),
      ) as Record<string, unknown>;
      // Beside the files it names (icons, the French texts).
      await cp(path.join(repo, 'appPackage'), path.join(scratch, 'appPackage'), { recursive: true });
      const broken = path.join(scratch, 'appPackage/manifest.json');
      await writeFile(broken, JSON.stringify({ ...manifest, accentColor: 'not a colour' }));
      const result = await validateAppPackage(repo, ['--manifest-file', broken, '--env', 'local']);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/accentColor/);
    });
  },
);
