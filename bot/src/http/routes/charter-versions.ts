import { charterVersionListSchema, charterVersionSchema, publishCharterSchema } from '@contract/charter';
import type { CharterVersion, CharterVersionList } from '@contract/charter';
import { currentVersion, nextVersion } from '../../domain/charter-versions';
import type { CharterVersionDoc } from '../../domain/documents';
import { ApiError } from '../api-error';
import { handler, Reply } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

/** Every published version, newest first, and the number a major or a minor release would take next. */
export const listCharterVersions = handler({
  answer: charterVersionListSchema,
  async handle({ principal, services }): Promise<CharterVersionList> {
    const versions = await services.repositories.charters.list(principal.tenantId);
    const current = currentVersion(versions);
    return {
      items: versions.sort((a, b) => b.major - a.major || b.minor - a.minor).map(toCharterVersion),
      next: { major: nextVersion(current, 'major').version, minor: nextVersion(current, 'minor').version },
    };
  },
});

/**
 * Publishes a new version, numbered from the current one. A major release makes every ambassador accept it
 * before their next share (the share route checks), and is announced to them; a minor one only informs them.
 */
export const publishCharterVersion = handler({
  answer: charterVersionSchema,
  body: publishCharterSchema,
  async handle({ principal, services, body }) {
    const { charters } = services.repositories;
    const current = currentVersion(await charters.list(principal.tenantId));
    const { version, major, minor } = nextVersion(current, body.release);
    const doc: CharterVersionDoc = {
      id: `charter-${version}`,
      tenantId: principal.tenantId,
      version,
      major,
      minor,
      title: body.title,
      body: body.body,
      publishedAt: new Date().toISOString(),
      publishedBy: principal.objectId,
    };
    if (!(await charters.publish(doc))) {
      throw new ApiError(
        409,
        'charter.versionTaken',
        `Version ${version} was published meanwhile by someone else: read it, then try again.`,
        { params: { version } },
      );
    }
    await recordAudit(
      services.repositories,
      principal,
      'charter.published',
      { type: 'charter', id: doc.id },
      {
        ...(current ? { before: { version: current.version } } : {}),
        after: { version, release: body.release },
      },
    );
    if (body.release === 'major') {
      await services.actionNotices?.announce({
        kind: 'charterToAccept',
        tenantId: principal.tenantId,
        recipients: await services.repositories.people.ambassadors(principal.tenantId),
        subject: version,
      });
    }
    return new Reply(toCharterVersion(doc), { status: 201 });
  },
});

function toCharterVersion(doc: CharterVersionDoc): CharterVersion {
  return {
    version: doc.version,
    major: doc.major,
    minor: doc.minor,
    title: doc.title,
    body: doc.body,
    publishedAt: doc.publishedAt,
  };
}
