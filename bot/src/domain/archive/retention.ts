import type { LegalHold, RetentionSettings } from '@contract/compliance';
import type { ComplianceDoc } from '../documents';

/**
 * What the programme keeps when an administrator has set nothing: the archive for the three years financial
 * regulators require of these records, the rest no longer than its purpose needs.
 */
export const DEFAULT_RETENTION: RetentionSettings = {
  archiveYears: 3,
  activityMonths: 25,
  auditYears: 6,
  outboxDays: 90,
  leaversDays: 30,
};

export type RetainedKind = 'archive' | 'activity' | 'audit' | 'outbox' | 'leavers';

/** For each kind, the instant before which its records are past their time. */
export function retentionCutoffs(settings: RetentionSettings, now: Date): Record<RetainedKind, string> {
  const shifted = (change: (date: Date) => void) => {
    const date = new Date(now);
    change(date);
    return date.toISOString();
  };
  return {
    archive: shifted((date) => date.setUTCFullYear(date.getUTCFullYear() - settings.archiveYears)),
    activity: shifted((date) => date.setUTCMonth(date.getUTCMonth() - settings.activityMonths)),
    audit: shifted((date) => date.setUTCFullYear(date.getUTCFullYear() - settings.auditYears)),
    outbox: shifted((date) => date.setUTCDate(date.getUTCDate() - settings.outboxDays)),
    leavers: shifted((date) => date.setUTCDate(date.getUTCDate() - settings.leaversDays)),
  };
}

/** When a record written at `at` reaches the end of its archive retention. */
export function archiveKeptUntil(at: string, settings: RetentionSettings): string {
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + settings.archiveYears);
  return date.toISOString();
}

/** What a legal hold looks at in a record: when it happened, who it is about, which campaign it belongs to. */
export interface HoldSubject {
  at: string;
  personIds: readonly string[];
  campaignId?: string;
}

const DAY_MS = 86_400_000;

/** The first hold that keeps this record, whatever its retention says; undefined if none does. */
export function holdOn(holds: readonly LegalHold[], subject: HoldSubject): LegalHold | undefined {
  return holds.find((hold) => {
    const { scope } = hold;
    switch (scope.kind) {
      case 'person':
        return subject.personIds.includes(scope.personId);
      case 'campaign':
        return subject.campaignId === scope.campaignId;
      case 'period': {
        // Whole days in UTC, both ends included.
        const at = Date.parse(subject.at);
        return (
          at >= Date.parse(`${scope.from}T00:00:00Z`) && at < Date.parse(`${scope.to}T00:00:00Z`) + DAY_MS
        );
      }
    }
  });
}

/** The tenant's retention settings: the administrator's, or the defaults. */
export function retentionOf(compliance: ComplianceDoc | undefined): RetentionSettings {
  const { archiveYears, activityMonths, auditYears, outboxDays, leaversDays } =
    compliance?.retention ?? DEFAULT_RETENTION;
  return { archiveYears, activityMonths, auditYears, outboxDays, leaversDays };
}
