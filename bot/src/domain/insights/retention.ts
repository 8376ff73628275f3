import type { Retention } from '@contract/insights';
import { addMonths, monthsApart } from './calendar';
import type { MonthActivityDoc } from './counter-documents';

/**
 * Retention curve: each enrolment cohort (the month a person joined; the first, if they joined again) and the
 * share of it with at least one share in each month since, up to `currentMonth`, for the last `cohorts` months;
 * and their average over the months that are over.
 */
export function retentionCurve(
  months: readonly MonthActivityDoc[],
  currentMonth: string,
  cohorts: number,
): Omit<Retention, 'timeZone'> {
  const byMonth = new Map(months.map((doc) => [doc.month, doc]));
  const cohortOf = new Map<string, string>();
  for (const doc of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    for (const [personId, person] of Object.entries(doc.people)) {
      if (person.enrolled && !cohortOf.has(personId)) cohortOf.set(personId, doc.month);
    }
  }
  const firstCohort = addMonths(currentMonth, 1 - cohorts);
  const members = new Map<string, string[]>();
  for (const [personId, cohort] of cohortOf) {
    if (cohort < firstCohort || cohort > currentMonth) continue;
    members.set(cohort, [...(members.get(cohort) ?? []), personId]);
  }

  const rows = [...members.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cohort, people]) => ({
      cohort,
      size: people.length,
      months: Array.from({ length: monthsApart(cohort, currentMonth) + 1 }, (_, monthsSinceEnrolment) => {
        const doc = byMonth.get(addMonths(cohort, monthsSinceEnrolment));
        const active = people.filter((personId) => (doc?.people[personId]?.days ?? 0) !== 0).length;
        return { monthsSinceEnrolment, active, activeShare: active / people.length };
      }),
    }));

  // The current month is not over: a cohort's last month would read as a fall. The curve counts finished
  // months only (each row keeps its current month, for the table).
  const finished = (row: (typeof rows)[number]) => row.months.length - 1;
  const longest = Math.max(0, ...rows.map(finished));
  const average = Array.from({ length: longest }, (_, monthsSinceEnrolment) => {
    const reached = rows.filter((row) => finished(row) > monthsSinceEnrolment);
    const size = reached.reduce((total, row) => total + row.size, 0);
    const active = reached.reduce((total, row) => total + (row.months[monthsSinceEnrolment]?.active ?? 0), 0);
    return { monthsSinceEnrolment, activeShare: size === 0 ? 0 : active / size };
  });
  return { cohorts: rows, average };
}
