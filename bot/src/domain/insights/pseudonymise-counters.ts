import type { CampaignCountersDoc, ItemCountersDoc, MonthActivityDoc } from './counter-documents';

type NamingDoc = MonthActivityDoc | CampaignCountersDoc | ItemCountersDoc;

function renameKey<V>(record: Record<string, V>, from: string, to: string): Record<string, V> {
  if (!(from in record)) return record;
  const { [from]: value, ...others } = record;
  return { ...others, [to]: value as V };
}

export function namesPerson(doc: NamingDoc, personId: string): boolean {
  return personId in doc.people;
}

/** The same counters, credited to a pseudonym instead of the person: totals and curves stay whole. */
export function withPersonRenamed<T extends NamingDoc>(doc: T, personId: string, pseudonym: string): T {
  const renamed = { ...doc, people: renameKey(doc.people as Record<string, unknown>, personId, pseudonym) };
  if (doc.kind === 'item') {
    return { ...renamed, sharedOn: renameKey(doc.sharedOn, personId, pseudonym) } as T;
  }
  return renamed as T;
}
