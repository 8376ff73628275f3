import {
  acceptCharterSchema,
  charterAcceptanceListSchema,
  charterAcceptanceSchema,
  charterSchema,
} from '@contract/charter';
import type { Charter } from '@contract/charter';
import { pageQuerySchema } from '@contract/people';
import { z } from 'zod';
import type { CharterAcceptanceDoc, PersonDoc } from '../../domain/documents';
import { randomUUID } from 'node:crypto';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { handler, Reply } from '../api-route';
import { toCsv } from '../../domain/csv';
import { requireCurrentCharter, standingOf } from '../../sharing/share-rules';

export const getCharter = handler({
  answer: charterSchema,
  async handle({ principal, services, currentPerson }): Promise<Charter> {
    const current = await requireCurrentCharter(services.repositories, principal.tenantId);
    const person = await currentPerson();
    const { acceptedVersion, ...standing } = standingOf(person, current);
    return {
      version: current.version,
      major: current.major,
      minor: current.minor,
      title: current.title,
      body: current.body,
      publishedAt: current.publishedAt,
      acceptance: { ...(acceptedVersion ? { acceptedVersion } : {}), ...standing },
    };
  },
});

export const acceptCharter = handler({
  answer: charterAcceptanceSchema,
  body: acceptCharterSchema,
  async handle({ services, body, currentPerson }) {
    const person = await currentPerson();
    const acceptance = await recordAcceptance(services.repositories, person, body.version, body.language);
    await services.repositories.people.update(person.tenantId, person.id, (current) => ({
      ...current,
      enrolment: { ...current.enrolment, charterVersion: body.version },
      updatedAt: new Date().toISOString(),
    }));
    return new Reply(toAcceptance(acceptance), { status: 201 });
  },
});

const acceptancesQuerySchema = pageQuerySchema.extend({ format: z.enum(['json', 'csv']).default('json') });
const CSV_PAGE_SIZE = 100;

export const listAcceptances = handler({
  answer: charterAcceptanceListSchema,
  query: acceptancesQuerySchema,
  async handle({ principal, services, query }) {
    const { acceptances } = services.repositories;
    if (query.format === 'json') {
      const page = await acceptances.page(principal.tenantId, query.limit, query.continuationToken);
      return {
        items: page.items.map(toAcceptance),
        ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
      };
    }
    const all: CharterAcceptanceDoc[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await acceptances.page(principal.tenantId, CSV_PAGE_SIZE, continuationToken);
      all.push(...page.items);
      continuationToken = page.continuationToken;
    } while (continuationToken);
    const csv = toCsv(all, [
      { header: 'person_id', value: (a) => a.personId },
      { header: 'display_name', value: (a) => a.displayName },
      { header: 'version', value: (a) => a.version },
      { header: 'language', value: (a) => a.language },
      { header: 'accepted_at', value: (a) => a.acceptedAt },
    ]);
    return new Reply(csv, {
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': 'attachment; filename="charter-acceptances.csv"' },
    });
  },
});

/**
 * Records an acceptance of the current version only: accepting an older or unknown version is refused
 * (the person read a page that is now out of date). Accepting again is harmless: the first record stays.
 */
export async function recordAcceptance(
  repositories: Repositories,
  person: PersonDoc,
  version: string,
  language: CharterAcceptanceDoc['language'],
  field = 'body.version',
): Promise<CharterAcceptanceDoc> {
  const current = await requireCurrentCharter(repositories, person.tenantId);
  if (version !== current.version) {
    const params = { version: current.version };
    throw new ApiError(
      409,
      'charter.staleVersion',
      `The charter is now at version ${current.version}: read it again, then accept it.`,
      {
        params,
        errors: [
          {
            field,
            code: 'field.notCurrentCharter',
            params,
            message: `must be the current version ${current.version}`,
          },
        ],
      },
    );
  }
  const earlier = await repositories.acceptances.ofPerson(person.tenantId, person.id);
  const already = earlier.find((acceptance) => acceptance.version === version);
  if (already) return already;
  // A random id: after pseudonymisation nothing in the record, its id included, leads back to the person.
  const acceptance: CharterAcceptanceDoc = {
    id: randomUUID(),
    tenantId: person.tenantId,
    personId: person.id,
    displayName: person.displayName,
    version,
    language,
    acceptedAt: new Date().toISOString(),
  };
  await repositories.acceptances.upsert(acceptance);
  return acceptance;
}

function toAcceptance(doc: CharterAcceptanceDoc) {
  return {
    personId: doc.personId,
    displayName: doc.displayName,
    version: doc.version,
    language: doc.language,
    acceptedAt: doc.acceptedAt,
  };
}
