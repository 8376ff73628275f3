import type { CharterVersionDoc } from './documents';

export interface CharterStanding {
  /** The current major version was never accepted: no joining or sharing until it is. */
  required: boolean;
  /** A newer minor version of an accepted major: the person is informed, not asked. */
  minorUpdate: boolean;
}

export function parseVersion(version: string): { major: number; minor: number } | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

export function charterStanding(
  current: CharterVersionDoc,
  acceptedVersion: string | undefined,
): CharterStanding {
  const accepted = acceptedVersion ? parseVersion(acceptedVersion) : undefined;
  if (!accepted || accepted.major < current.major) return { required: true, minorUpdate: false };
  return { required: false, minorUpdate: accepted.major === current.major && accepted.minor < current.minor };
}

/** The newest published version: highest major, then highest minor. */
export function currentVersion(versions: CharterVersionDoc[]): CharterVersionDoc | undefined {
  return versions.reduce<CharterVersionDoc | undefined>(
    (best, version) =>
      !best || version.major > best.major || (version.major === best.major && version.minor > best.minor)
        ? version
        : best,
    undefined,
  );
}

/** The number a new version takes: a major release opens (M+1).0, a minor one M.(m+1); the first is 1.0. */
export function nextVersion(
  current: Pick<CharterVersionDoc, 'major' | 'minor'> | undefined,
  release: 'major' | 'minor',
): { version: string; major: number; minor: number } {
  if (!current) return { version: '1.0', major: 1, minor: 0 };
  const major = release === 'major' ? current.major + 1 : current.major;
  const minor = release === 'major' ? 0 : current.minor + 1;
  return { version: `${major}.${minor}`, major, minor };
}
