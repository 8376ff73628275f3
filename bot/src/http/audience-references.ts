import type { FieldError } from './api-error';
import type { Repositories } from '../store/repositories';

/** An audience (of a campaign, a poll, a nudge, an event, a challenge) must name brands and groups the organisation has. */
export async function audienceReferenceErrors(
  repositories: Pick<Repositories, 'organisations' | 'groups'>,
  tenantId: string,
  audience: { brandIds: readonly string[]; groupIds: readonly string[] },
): Promise<FieldError[]> {
  const organisation = await repositories.organisations.find(tenantId);
  const brands = new Set(organisation?.brands.map((brand) => brand.id));
  const groups = new Set((await repositories.groups.list(tenantId)).map((group) => group.id));
  const errors: FieldError[] = [];
  audience.brandIds.forEach((id, index) => {
    if (!brands.has(id))
      errors.push({
        field: `body.audience.brandIds.${index}`,
        code: 'field.noSuchBrand',
        message: 'no such brand',
      });
  });
  audience.groupIds.forEach((id, index) => {
    if (!groups.has(id))
      errors.push({
        field: `body.audience.groupIds.${index}`,
        code: 'field.noSuchGroup',
        message: 'no such group',
      });
  });
  return errors;
}
