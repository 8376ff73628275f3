import type {
  DimensionScore,
  ManualProgrammeStepKey,
  ProgrammeStepState,
  ReadinessAnswers,
} from '@contract/readiness';
import type { TenantDocument } from '../documents';

/**
 * One take of the readiness diagnostic, kept as taken: its scores are stored with it, so a later change of the
 * questionnaire never rewrites past progress. Who took it is in the audit log, not here.
 */
export interface DiagnosticTakeDoc extends TenantDocument {
  type: 'diagnostic';
  takenAt: string;
  answers: ReadinessAnswers;
  scores: DimensionScore[];
  overall: number | null;
}

/** The steps of the programme plan ticked by hand; one document per tenant, whose id is `PROGRAMME_PLAN_ID`. */
export interface ProgrammePlanDoc extends TenantDocument {
  type: 'programme-plan';
  manual: Partial<Record<ManualProgrammeStepKey, { state: ProgrammeStepState; updatedAt: string }>>;
}

export const PROGRAMME_PLAN_ID = 'programme-plan';

export type ReadinessDoc = DiagnosticTakeDoc | ProgrammePlanDoc;
