import type { ManualProgrammeStepKey, ProgrammeStepState } from '@contract/readiness';
import type { ManualStates } from '../domain/readiness/programme-plan';
import { PROGRAMME_PLAN_ID } from '../domain/readiness/readiness-documents';
import type { DiagnosticTakeDoc, ReadinessDoc } from '../domain/readiness/readiness-documents';
import { TenantRepository } from './tenant-repository';

/** Takes of the readiness diagnostic, and the programme plan's steps ticked by hand. */
export class ReadinessRepository extends TenantRepository<ReadinessDoc> {
  async addTake(take: DiagnosticTakeDoc): Promise<void> {
    await this.upsert(take);
  }

  /** The latest takes, newest first: enough to show progress without reading a long history whole. */
  async latestTakes(tenantId: string, limit: number): Promise<DiagnosticTakeDoc[]> {
    const takes = await this.queryAll(
      tenantId,
      `SELECT TOP ${Math.trunc(limit)} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'diagnostic'
         ORDER BY c.takenAt DESC`,
      [{ name: '@tenantId', value: tenantId }],
    );
    return takes.filter((take): take is DiagnosticTakeDoc => take.type === 'diagnostic');
  }

  async manualStates(tenantId: string): Promise<ManualStates> {
    const plan = await this.get(tenantId, PROGRAMME_PLAN_ID);
    const ticks = plan?.type === 'programme-plan' ? plan.manual : {};
    return Object.fromEntries(Object.entries(ticks).map(([key, { state }]) => [key, state]));
  }

  /** Ticks a step; the plan's document is created with the first tick, once whatever the concurrent requests. */
  async setManualState(
    tenantId: string,
    key: ManualProgrammeStepKey,
    state: ProgrammeStepState,
    at: string,
  ): Promise<void> {
    const tick = { state, updatedAt: at };
    const created = await this.createOnce({
      id: PROGRAMME_PLAN_ID,
      tenantId,
      type: 'programme-plan',
      manual: { [key]: tick },
    });
    if (created) return;
    await this.update(tenantId, PROGRAMME_PLAN_ID, (current) =>
      current.type === 'programme-plan'
        ? { ...current, manual: { ...current.manual, [key]: tick } }
        : current,
    );
  }
}
