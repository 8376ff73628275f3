/**
 * Builds the Teams app package of one environment, offline:
 *
 *   npm run package -- --env local
 *
 * Values come from env/.env.<name>, then env/.env.<name>.user, then the process environment (later wins,
 * as in Teams Toolkit). Every ${{VAR}} in appPackage/manifest.json and its language files is replaced;
 * the results are validated against the JSON schemas bundled in @microsoft/app-manifest (no network),
 * then written to appPackage/build/manifest.<name>.json and appPackage/build/appPackage.<name>.zip.
 */
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { parse as parseEnvFile } from 'dotenv';
import JSZip from 'jszip';

export class PackagingError extends Error {}

export type EnvValues = Readonly<Record<string, string | undefined>>;

/** The parts of the manifest that name other files of the package. */
interface ManifestFileRefs {
  $schema?: string;
  manifestVersion: string;
  icons: { color: string; outline: string; color32x32?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
}

export interface AppPackage {
  manifest: ManifestFileRefs & Record<string, unknown>;
  /** Every file of the zip but manifest.json, by its name in the zip. */
  files: ReadonlyMap<string, Buffer>;
  manifestPath: string;
  zipPath: string;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
// A fixed timestamp: building the same inputs again gives the same zip, whatever the files' dates.
const ZIP_DATE = new Date('2025-01-01T00:00:00Z');

/**
 * Replaces `${{VAR}}` in a JSON template; values are JSON-escaped because placeholders sit inside strings.
 * An undefined variable is an error; an empty one is a value (e.g. no name suffix), as in Teams Toolkit.
 */
export function resolvePlaceholders(
  template: string,
  values: EnvValues,
  where: { file: string; envFile: string },
): string {
  const missing = new Set<string>();
  const resolved = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    const names = [...missing].map((name) => `\${{${name}}}`).join(', ');
    throw new PackagingError(
      `${where.file}: no value for ${names} in ${where.envFile}, ${where.envFile}.user or the environment. ` +
        'Provision writes the ids it creates; set the others by hand.',
    );
  }
  return resolved;
}

/** Reads env/.env.<name> and env/.env.<name>.user; the process environment overrides both. */
export async function loadEnvironment(
  rootDir: string,
  envName: string,
  processEnv: EnvValues,
): Promise<EnvValues> {
  if (!ENV_NAME.test(envName)) throw new PackagingError(`Invalid environment name "${envName}".`);
  const envDir = path.join(rootDir, 'env');
  const file = path.join(envDir, `.env.${envName}`);
  if (!(await exists(file))) {
    const known = (await readdir(envDir).catch(() => []))
      .filter((name) => /^\.env\.[^.]+$/.test(name))
      .map((name) => name.slice('.env.'.length));
    throw new PackagingError(`No env/.env.${envName}. Known environments: ${known.join(', ') || 'none'}.`);
  }
  const values = parseEnvFile(await readFile(file));
  const userFile = `${file}.user`;
  const userValues = (await exists(userFile)) ? parseEnvFile(await readFile(userFile)) : {};
  return { ...values, ...userValues, ...processEnv };
}

export async function buildAppPackage(options: {
  rootDir: string;
  envName: string;
  processEnv: EnvValues;
}): Promise<AppPackage> {
  const { rootDir, envName } = options;
  const values = await loadEnvironment(rootDir, envName, options.processEnv);
  const sourceDir = path.join(rootDir, 'appPackage');
  const envFile = `env/.env.${envName}`;

  const manifestTemplate = await readFile(path.join(sourceDir, 'manifest.json'), 'utf8');
  const manifestText = resolvePlaceholders(manifestTemplate, values, {
    file: 'appPackage/manifest.json',
    envFile,
  });
  const manifest = parseJson(manifestText, 'appPackage/manifest.json') as AppPackage['manifest'];

  const files = new Map<string, Buffer>();
  const languageFiles = languageFilesOf(manifest);
  for (const name of [...iconsOf(manifest), ...languageFiles]) {
    const source = path.join(sourceDir, safeRelativePath(name));
    if (!(await exists(source)))
      throw new PackagingError(`The manifest names ${name}, which is not in appPackage/.`);
    const content = await readFile(source);
    files.set(
      name,
      languageFiles.includes(name)
        ? Buffer.from(
            resolvePlaceholders(content.toString('utf8'), values, { file: `appPackage/${name}`, envFile }),
          )
        : content,
    );
  }

  const problems = await validateAgainstBundledSchemas(manifest, files, languageFiles);
  if (problems.length > 0) {
    throw new PackagingError(`The ${envName} package does not match its schema:\n  ${problems.join('\n  ')}`);
  }

  const buildDir = path.join(sourceDir, 'build');
  await mkdir(buildDir, { recursive: true });
  const manifestPath = path.join(buildDir, `manifest.${envName}.json`);
  const zipPath = path.join(buildDir, `appPackage.${envName}.zip`);
  const prettyManifest = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(manifestPath, prettyManifest);

  const zip = new JSZip();
  zip.file('manifest.json', prettyManifest, { date: ZIP_DATE });
  for (const [name, content] of files) zip.file(name, content, { date: ZIP_DATE });
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  return { manifest, files, manifestPath, zipPath };
}

/** The bundled JSON schema of a manifest version, e.g. ('1.22', 'MicrosoftTeams.Localization'). */
export async function bundledSchema(
  manifestVersion: string,
  name: 'MicrosoftTeams' | 'MicrosoftTeams.Localization',
): Promise<object> {
  const require = createRequire(import.meta.url);
  const schemasDir = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build/json-schemas/teams',
  );
  const file = path.join(schemasDir, `v${manifestVersion}`, `${name}.schema.json`);
  if (!(await exists(file))) {
    const bundled = (await readdir(schemasDir)).filter((dir) => /^v1\.\d+$/.test(dir));
    throw new PackagingError(
      `Manifest schema v${manifestVersion} is not bundled in @microsoft/app-manifest (bundled: ${bundled.join(', ')}).`,
    );
  }
  return repairPatterns(JSON.parse(await readFile(file, 'utf8')) as object);
}

/**
 * Some official patterns (e.g. `...12[0-7])\b]\.description$` in the localization schema) hold a lone `]`,
 * which the schema validator's Unicode-mode RegExp rejects. Escaping it keeps the meaning and compiles.
 */
function repairPatterns<T>(node: T): T {
  if (Array.isArray(node)) return node.map(repairPatterns) as T;
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, escapeLoneBrackets(value)];
      if (key === 'patternProperties' && value && typeof value === 'object') {
        const entries = Object.entries(value as object).map(([pattern, schema]) => [
          escapeLoneBrackets(pattern),
          repairPatterns(schema as unknown),
        ]);
        return [key, Object.fromEntries(entries)];
      }
      return [key, repairPatterns(value as unknown)];
    }),
  ) as T;
}

function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\') {
      out += char + pattern.charAt(i + 1);
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

// The library types this for manifests; it validates any JSON value against any draft-04 or 2020-12 schema.
const validateJson = AppManifestUtils.validateAgainstSchema.bind(AppManifestUtils) as unknown as (
  value: unknown,
  schema: object,
) => Promise<string[]>;

async function validateAgainstBundledSchemas(
  manifest: AppPackage['manifest'],
  files: ReadonlyMap<string, Buffer>,
  languageFiles: readonly string[],
): Promise<string[]> {
  const version = manifest.manifestVersion;
  const expectedSchema = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  const problems: string[] = [];
  if (manifest.$schema !== expectedSchema) {
    problems.push(`manifest.json: $schema must be ${expectedSchema} for manifestVersion ${version}`);
  }
  const manifestErrors = await validateJson(manifest, await bundledSchema(version, 'MicrosoftTeams'));
  problems.push(...manifestErrors.map((error) => `manifest.json: ${error}`));

  const localizationSchema = await bundledSchema(version, 'MicrosoftTeams.Localization');
  for (const [name, content] of files) {
    if (!languageFiles.includes(name)) continue;
    const strings = parseJson(content.toString('utf8'), `appPackage/${name}`);
    const errors = await validateJson(strings, localizationSchema);
    problems.push(...errors.map((error) => `${name}: ${error}`));
  }
  return problems;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PackagingError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function iconsOf(manifest: ManifestFileRefs): string[] {
  const { color, outline, color32x32 } = manifest.icons;
  return [color, outline, ...(color32x32 ? [color32x32] : [])];
}

function languageFilesOf(manifest: ManifestFileRefs): string[] {
  const info = manifest.localizationInfo;
  return [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((language) => language.file),
  ];
}

/** The package is flat: a referenced file must stay inside appPackage/. */
function safeRelativePath(name: string): string {
  const normalized = path.posix.normalize(name);
  if (path.posix.isAbsolute(normalized) || normalized.startsWith('..')) {
    throw new PackagingError(`The manifest names ${name}, outside appPackage/.`);
  }
  return normalized;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { env: { type: 'string' } } });
  if (!values.env)
    throw new PackagingError('Usage: npm run package -- --env <name>   (for example --env local)');
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const result = await buildAppPackage({ rootDir, envName: values.env, processEnv: process.env });
  console.log(`Wrote ${path.relative(rootDir, result.manifestPath)}`);
  console.log(`Wrote ${path.relative(rootDir, result.zipPath)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof PackagingError ? error.message : error);
    process.exitCode = 1;
  });
}
