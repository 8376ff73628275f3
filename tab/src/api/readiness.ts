import type {
  Diagnostic,
  DiagnosticInput,
  ManualProgrammeStepKey,
  ProgrammePlan,
  ProgrammeStepState,
} from '@contract/readiness';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const DIAGNOSTIC = '/api/v1/studio/diagnostic';
const PLAN = '/api/v1/studio/programme-plan';

export function diagnosticQuery(): ApiQuery<Diagnostic> {
  return apiQuery<Diagnostic>(DIAGNOSTIC);
}

/** A take changes the plan too: its first step is the diagnostic. */
export function takeDiagnostic(input: DiagnosticInput): Promise<Diagnostic> {
  return apiRequest<Diagnostic>(DIAGNOSTIC, { method: 'POST', changes: [DIAGNOSTIC, PLAN], body: input });
}

export function programmePlanQuery(): ApiQuery<ProgrammePlan> {
  return apiQuery<ProgrammePlan>(PLAN);
}

export function setProgrammeStep(
  stepKey: ManualProgrammeStepKey,
  state: ProgrammeStepState,
): Promise<ProgrammePlan> {
  return apiRequest<ProgrammePlan>(`${PLAN}/steps/${stepKey}`, {
    method: 'PUT',
    changes: [PLAN],
    body: { state },
  });
}
