import type { Locale } from '@contract/locale';
import type { ContentItemDoc, LinkedInConnectionDoc, PersonDoc } from '../domain/documents';
import { connectionStatus } from '../domain/linkedin/connection-expiry';
import { linkedInPostBody, memberUrn } from '../domain/linkedin/post-body';
import type { PostContent } from '../domain/linkedin/post-body';
import { Refused } from '../domain/refused';
import { LinkedInError } from '../external/linkedin-client';
import type { MediaStore } from '../media/media-store';
import type { Repositories } from '../store/repositories';
import type { LinkedIn } from './linkedin-connections';

/**
 * Posts the checked text on LinkedIn in the person's name: with the item's image (uploaded through the Images API)
 * when it has one in the media store, with the tracked link as an article otherwise. Answers the post's URN; any
 * refusal becomes the problem the person (or, for the API version, the administrator) can act on.
 */
export async function postOnLinkedIn(
  linkedIn: LinkedIn,
  services: { repositories: Pick<Repositories, 'connections'>; media: MediaStore },
  person: PersonDoc,
  post: { item: ContentItemDoc; language: Locale; text: string; trackedUrl: string },
): Promise<string> {
  const { repositories } = services;
  const connection = await requireConnection(repositories, person);
  const accessToken = linkedIn.cipher.open(connection.token);
  try {
    const content = await postContent(linkedIn, services.media, accessToken, connection.memberSub, post);
    return await linkedIn.client.createPost(
      accessToken,
      linkedInPostBody({ memberSub: connection.memberSub, text: post.text, content }),
    );
  } catch (error) {
    if (!(error instanceof LinkedInError)) throw error;
    if (error.failure === 'unauthorized') {
      await repositories.connections.updateLinkedIn(person.tenantId, person.id, (current) => ({
        ...current,
        refusedAt: new Date().toISOString(),
      }));
    }
    throw problemOf(error);
  }
}

/** The person's LinkedIn connection while LinkedIn takes it; otherwise a refusal saying to connect (again). */
export async function requireConnection(
  repositories: Pick<Repositories, 'connections'>,
  person: PersonDoc,
): Promise<LinkedInConnectionDoc> {
  const connection = await repositories.connections.linkedInOf(person.tenantId, person.id);
  const status = connectionStatus(connection, new Date());
  if (!connection || status !== 'connected') {
    throw status === 'expired'
      ? reconnect()
      : new Refused(409, {
          code: 'linkedin.notConnected',
          detail: 'Connect LinkedIn first (POST /api/v1/me/connections/linkedin).',
        });
  }
  return connection;
}

async function postContent(
  linkedIn: LinkedIn,
  media: MediaStore,
  accessToken: string,
  memberSub: string,
  { item, language, trackedUrl }: { item: ContentItemDoc; language: Locale; trackedUrl: string },
): Promise<PostContent> {
  const image = item.media?.find((medium) => medium.kind === 'image');
  const stored = image && (await media.open(image.id));
  if (!stored) {
    return {
      kind: 'article',
      source: trackedUrl,
      title: item.preview.title[language],
      description: item.preview.description[language],
    };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stored.body) chunks.push(chunk as Buffer);
  const imageUrn = await linkedIn.client.uploadImage(
    accessToken,
    memberUrn(memberSub),
    Buffer.concat(chunks),
    stored.contentType,
  );
  return { kind: 'image', imageUrn, altText: item.title[language] };
}

function reconnect(): Refused {
  return new Refused(409, {
    code: 'linkedin.reconnect',
    detail: 'LinkedIn no longer accepts this connection: connect again.',
  });
}

function problemOf(error: LinkedInError): Refused {
  switch (error.failure) {
    case 'unauthorized':
      return reconnect();
    case 'rate-limited':
      return new Refused(503, {
        code: 'linkedin.busy',
        detail: 'LinkedIn is throttling posts: try again in a few minutes.',
      });
    case 'version':
      return new Refused(502, {
        code: 'linkedin.versionRetired',
        detail:
          'LinkedIn refused the API version in LINKEDIN_API_VERSION: an administrator sets a version LinkedIn serves.',
      });
    case 'too-long':
      return new Refused(
        422,
        { code: 'linkedin.textTooLong', detail: 'LinkedIn refused the text as too long.' },
        {
          errors: [
            { field: 'body.text', code: 'field.tooLong', message: 'LinkedIn takes at most 3,000 characters' },
          ],
        },
      );
    case 'unavailable':
      return new Refused(502, {
        code: 'linkedin.unavailable',
        detail: 'LinkedIn did not take the post; nothing was published.',
      });
  }
}
