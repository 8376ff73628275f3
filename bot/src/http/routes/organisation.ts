import { organisationSchema, organisationSetupSchema } from '@contract/organisation';
import type { Organisation } from '@contract/organisation';
import type { OrganisationDoc } from '../../domain/documents';
import { uniqueSlug } from '../../domain/slug';
import { ApiError } from '../api-error';
import { handler, Reply } from '../api-route';
import type { ApiServices } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

export const getOrganisation = handler({
  answer: organisationSchema,
  async handle({ principal, services }): Promise<Organisation> {
    const organisation = await services.repositories.organisations.find(principal.tenantId);
    if (!organisation) {
      throw ApiError.notFound(
        'organisation.notSetUp',
        'The programme is not set up for your organisation yet; an administrator sets it up.',
      );
    }
    return organisationView(services, organisation);
  },
});

/**
 * A new tenant's programme, set up by its first administrator (their tenant is one the service accepts tokens
 * from): once only, and audited. Everything else (groups, charter, campaigns) follows in the tab.
 */
export const setUpOrganisation = handler({
  answer: organisationSchema,
  body: organisationSetupSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    const taken = new Set<string>();
    const brands = body.brands.map(({ name }) => {
      const id = `brand-${uniqueSlug(name, taken)}`;
      taken.add(id.slice('brand-'.length));
      return { id, name };
    });
    const organisation: OrganisationDoc = {
      id: principal.tenantId,
      tenantId: principal.tenantId,
      type: 'organisation',
      name: body.name,
      brands,
      createdAt: new Date().toISOString(),
    };
    if (!(await repositories.organisations.createOnce(organisation))) {
      throw new ApiError(
        409,
        'organisation.alreadySetUp',
        'The programme is already set up for your organisation.',
      );
    }
    await recordAudit(
      repositories,
      principal,
      'organisation.created',
      { type: 'organisation', id: organisation.id },
      { after: { name: organisation.name, brands } },
    );
    return new Reply(await organisationView(services, organisation), { status: 201 });
  },
});

async function organisationView(
  { repositories: { groups, people }, writingModel }: Pick<ApiServices, 'repositories' | 'writingModel'>,
  organisation: OrganisationDoc,
): Promise<Organisation> {
  const groupDocs = await groups.list(organisation.tenantId);
  const memberCounts = await Promise.all(
    groupDocs.map((g) => people.countInGroup(organisation.tenantId, g.id)),
  );
  return {
    tenantId: organisation.tenantId,
    name: organisation.name,
    brands: organisation.brands,
    writingHelp: writingModel !== undefined,
    groups: groupDocs.map((group, index) => ({
      id: group.id,
      name: group.name,
      kind: group.kind,
      memberCount: memberCounts[index] ?? 0,
    })),
  };
}
