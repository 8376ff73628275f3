import type { Locale } from '@contract/locale';
import type { ErasureReceipt } from '@contract/me';
import { archiveKeptUntil, holdOn, retentionOf } from '../domain/archive/retention';
import type { Repositories } from '../store/repositories';

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
  const day = (instant: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(instant));
  const untilDay = until ? day(until) : '';
  if (locale === 'fr') {
    const plural = records > 1;
    const what = plural
      ? `Les ${records} publications que vous avez partagées au nom de l’entreprise restent archivées`
      : 'La publication que vous avez partagée au nom de l’entreprise reste archivée';
    return holdReason
      ? `${what} : ${plural ? 'elles font' : 'elle fait'} l’objet d’une conservation à titre de preuve (« ${holdReason} »), comme le journal d’audit qui vous concerne, jusqu’à sa levée. Tout le reste a été effacé.`
      : `${what} jusqu’au ${untilDay} : la réglementation financière impose de conserver les communications faites au nom de l’entreprise. Tout le reste a été effacé.`;
  }
  const what =
    records > 1
      ? `The ${records} posts you shared on the company's behalf stay in the archive`
      : "The post you shared on the company's behalf stays in the archive";
  return holdReason
    ? `${what}: they are under a legal hold (“${holdReason}”), as is the audit trail about you, until it is lifted. Everything else has been erased.`
    : `${what} until ${untilDay}: financial regulations require the company to keep communications made on its behalf. Everything else has been erased.`;
}
