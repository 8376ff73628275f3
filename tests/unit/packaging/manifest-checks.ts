import { imageSize } from 'image-size';
import { decodeRgbaPng } from './png';

/**
 * What the Teams manifest schema does not check but Teams (or this app) needs. Each function returns
 * readable problems; an empty list means the package passes.
 */
export interface CheckedManifest {
  version: string;
  icons: { color: string; outline: string; color32x32?: string };
  localizationInfo?: {
    defaultLanguageTag: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  staticTabs?: { entityId: string; contentUrl?: string; websiteUrl?: string; searchUrl?: string }[];
  configurableTabs?: { configurationUrl: string }[];
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
}

export interface LocalizationSchema {
  properties?: Record<string, unknown>;
  patternProperties?: Record<string, unknown>;
}

export type PackageFiles = ReadonlyMap<string, Uint8Array>;

// semver.org's reference expression.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function extraChecks(
  manifest: CheckedManifest,
  files: PackageFiles,
  localizationSchema: LocalizationSchema,
): string[] {
  return [
    ...checkVersion(manifest),
    ...checkIcons(manifest, files),
    ...checkLocalization(manifest, files, localizationSchema),
    ...checkDomains(manifest),
  ];
}

export function checkVersion(manifest: CheckedManifest): string[] {
  return SEMVER.test(manifest.version)
    ? []
    : [`version "${manifest.version}" is not semver (MAJOR.MINOR.PATCH)`];
}

export function checkIcons(manifest: CheckedManifest, files: PackageFiles): string[] {
  const problems = [
    ...checkSize(files, manifest.icons.color, 192),
    ...checkSize(files, manifest.icons.outline, 32),
    ...(manifest.icons.color32x32 ? checkSize(files, manifest.icons.color32x32, 32) : []),
  ];
  const outline = files.get(manifest.icons.outline);
  return outline && problems.length === 0
    ? checkWhiteOnTransparent(manifest.icons.outline, outline)
    : problems;
}

function checkSize(files: PackageFiles, name: string, size: number): string[] {
  const data = files.get(name);
  if (!data) return [`${name} is not in the package`];
  const { width, height } = imageSize(data);
  return width === size && height === size ? [] : [`${name} is ${width}×${height}, expected ${size}×${size}`];
}

/** Teams shows the outline icon as a white glyph: every pixel white or fully transparent, some of each. */
function checkWhiteOnTransparent(name: string, data: Uint8Array): string[] {
  let image;
  try {
    image = decodeRgbaPng(data);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  let transparent = 0;
  let glyph = 0;
  for (let index = 0; index < image.pixels.length; index += 4) {
    const [red, green, blue, alpha] = image.pixels.subarray(index, index + 4);
    if (alpha === 0) {
      transparent++;
    } else if (red === 255 && green === 255 && blue === 255) {
      glyph++;
    } else {
      const pixel = index / 4;
      const at = `(${pixel % image.width}, ${Math.floor(pixel / image.width)})`;
      return [`${name}: pixel ${at} is rgba(${red}, ${green}, ${blue}, ${alpha}); only white or transparent`];
    }
  }
  if (transparent === 0) return [`${name} has no transparent pixel`];
  return glyph === 0 ? [`${name} has no visible pixel`] : [];
}

/**
 * Every string the localization schema can translate that the manifest holds must be translated in every
 * language file, and no language file may translate a path the manifest does not have.
 */
export function checkLocalization(
  manifest: CheckedManifest,
  files: PackageFiles,
  schema: LocalizationSchema,
): string[] {
  const source = localizableStrings(manifest, schema);
  const problems = [...source]
    .filter(([, text]) => !text.trim())
    .map(([key]) => `manifest: "${key}" is empty`);
  const info = manifest.localizationInfo;
  const languageFiles = [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((language) => language.file),
  ];
  for (const name of languageFiles) {
    const data = files.get(name);
    if (!data) {
      problems.push(`${name} is not in the package`);
      continue;
    }
    const strings = JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>;
    for (const key of source.keys()) {
      const translated = strings[key];
      if (typeof translated !== 'string' || !translated.trim())
        problems.push(`${name}: no translation of "${key}"`);
    }
    for (const key of Object.keys(strings)) {
      if (!isMetaKey(key) && !source.has(key))
        problems.push(`${name}: "${key}" translates nothing in the manifest`);
    }
  }
  return problems;
}

/** The manifest's strings whose JSON path (`name.short`, `staticTabs[0].name`...) the schema lets translate. */
export function localizableStrings(manifest: unknown, schema: LocalizationSchema): Map<string, string> {
  const names = new Set(Object.keys(schema.properties ?? {}).filter((key) => !isMetaKey(key)));
  const patterns = Object.keys(schema.patternProperties ?? {}).map((pattern) => new RegExp(pattern));
  const found = new Map<string, string>();
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      if (names.has(at) || patterns.some((pattern) => pattern.test(at))) found.set(at, value);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${at}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, at ? `${at}.${key}` : key);
    }
  };
  walk(manifest, '');
  return found;
}

function isMetaKey(key: string): boolean {
  return key === '$schema' || key === 'localizationKeys';
}

/** Tab URLs must be HTTPS on a valid domain; the SSO resource must name the tab's domain and the app id. */
export function checkDomains(manifest: CheckedManifest): string[] {
  const domains = manifest.validDomains ?? [];
  const problems = domains
    .filter((domain) => /[:/]/.test(domain))
    .map((domain) => `validDomains: "${domain}" must be a host name alone (no scheme, port or path)`);
  const urls = [
    ...(manifest.staticTabs ?? []).flatMap((tab, index) =>
      (['contentUrl', 'websiteUrl', 'searchUrl'] as const).flatMap((field) =>
        tab[field] ? [{ where: `staticTabs[${index}].${field}`, url: tab[field] }] : [],
      ),
    ),
    ...(manifest.configurableTabs ?? []).map((tab, index) => ({
      where: `configurableTabs[${index}].configurationUrl`,
      url: tab.configurationUrl,
    })),
  ];
  for (const { where, url } of urls) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol !== 'https:') problems.push(`${where}: ${url} is not an HTTPS URL`);
    else if (!onValidDomain(parsed.hostname, domains))
      problems.push(`${where}: ${url} is not on a valid domain`);
  }
  const sso = manifest.webApplicationInfo;
  if (sso?.resource) {
    const resource = URL.canParse(sso.resource) ? new URL(sso.resource) : undefined;
    if (!resource || !onValidDomain(resource.hostname, domains)) {
      problems.push(`webApplicationInfo.resource: ${sso.resource} is not on a valid domain`);
    }
    if (!sso.resource.endsWith(`/${sso.id}`)) {
      problems.push(`webApplicationInfo.resource: ${sso.resource} does not end with the app id ${sso.id}`);
    }
  }
  return problems;
}

function onValidDomain(host: string, domains: readonly string[]): boolean {
  const name = host.toLowerCase();
  return domains.some((domain) => {
    const pattern = domain.toLowerCase();
    return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;
  });
}
