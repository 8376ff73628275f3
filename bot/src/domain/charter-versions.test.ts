import { describe, expect, it } from 'vitest';
import { charterStanding, currentVersion, nextVersion, parseVersion } from './charter-versions';
import type { CharterVersionDoc } from './documents';

const version = (major: number, minor: number) =>
  ({ major, minor, version: `${major}.${minor}` }) as CharterVersionDoc;

describe('charter versions', () => {
  it('the current version is the highest major, then minor', () => {
    expect(currentVersion([version(1, 0), version(2, 0), version(1, 9), version(2, 1)])?.version).toBe('2.1');
    expect(currentVersion([])).toBeUndefined();
  });

  it('never accepted, or an older major: acceptance required', () => {
    expect(charterStanding(version(1, 0), undefined)).toEqual({ required: true, minorUpdate: false });
    expect(charterStanding(version(2, 0), '1.3')).toEqual({ required: true, minorUpdate: false });
  });

  it('an older minor of the same major: informed only', () => {
    expect(charterStanding(version(2, 3), '2.1')).toEqual({ required: false, minorUpdate: true });
    expect(charterStanding(version(2, 3), '2.3')).toEqual({ required: false, minorUpdate: false });
  });

  it('reads only major.minor', () => {
    expect(parseVersion('10.2')).toEqual({ major: 10, minor: 2 });
    expect(parseVersion('1')).toBeUndefined();
    expect(parseVersion('1.0.0')).toBeUndefined();
  });

  it('numbers the next version from the release: major opens M+1.0, minor adds one to m', () => {
    expect(nextVersion(version(1, 3), 'major')).toEqual({ version: '2.0', major: 2, minor: 0 });
    expect(nextVersion(version(1, 3), 'minor')).toEqual({ version: '1.4', major: 1, minor: 4 });
    expect(nextVersion(version(9, 9), 'minor').version).toBe('9.10');
    expect(nextVersion(undefined, 'minor').version).toBe('1.0');
  });
});
