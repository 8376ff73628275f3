import type { Locale } from '@contract/locale';
import type { ErasureReceipt } from '@contract/me';
import { archiveKeptUntil, holdOn, retentionOf } from '../domain/archive/retention';
import type { Repositories } from '../store/repositories';
import { longDay } from './long-day';

type Kept = NonNullable<ErasureReceipt['kept']>;

/**
 * What an erasure request cannot remove: the archive records naming the person (the law requires them for a
 * stated time), and, under a legal hold on them, for as long as the hold stands. Undefined when nothing is kept.
 */
export async function keptOnErasure(
  repositories: Pick<Repositories, 'archive' | 'organisations'>,
  tenantId: string,
  personId: string,
  locale: Locale,
  now: Date,
): Promise<Kept | undefined> {
  const compliance = (await repositories.organisations.find(tenantId))?.compliance;
  const hold = holdOn(compliance?.holds ?? [], { at: now.toISOString(), personIds: [personId] });
  const { records, lastAt } = await repositories.archive.aboutPerson(tenantId, personId);
  if (records === 0) return undefined;
  const until = hold || !lastAt ? undefined : archiveKeptUntil(lastAt, retentionOf(compliance));
  return {
    archiveRecords: records,
    ...(until ? { until } : {}),
    legalHold: hold !== undefined,
    explanation: explanation(locale, records, until, hold?.reason),
  };
}

function explanation(
  locale: Locale,
  records: number,
  until: string | undefined,
  holdReason?: string,
): string {
  const untilDay = until ? longDay(until, locale, 'UTC') : '';
  const many = records > 1;
  if (locale === 'fr') {
    const what = `${many ? `${records} enregistrements` : 'Un enregistrement'} de l’archive de conformité (ce que vous avez publié, proposé ou approuvé au nom de l’entreprise) ${many ? 'restent conservés' : 'reste conservé'}`;
    return holdReason
      ? `${what} : ${many ? 'ils font' : 'il fait'} l’objet d’un gel à titre de preuve (« ${holdReason} »), comme le journal d’audit qui vous concerne, jusqu’à sa levée. Tout le reste a été effacé.`
      : `${what} jusqu’au ${untilDay} : la réglementation financière impose de conserver les communications faites au nom de l’entreprise. Tout le reste a été effacé.`;
  }
  const what = `${many ? `${records} records` : 'One record'} of the compliance archive (what you posted, proposed or approved on the company’s behalf) ${many ? 'are' : 'is'} kept`;
  return holdReason
    ? `${what} under a legal hold (“${holdReason}”), as is the audit trail about you, until it is lifted. Everything else has been erased.`
    : `${what} until ${untilDay}: financial regulations require the company to keep communications made on its behalf. Everything else has been erased.`;
}
