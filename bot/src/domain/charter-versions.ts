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
