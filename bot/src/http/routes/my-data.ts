import { trackedLinkUrl } from '../../domain/tracked-links';
import { erasureReceiptSchema } from '@contract/me';
import { impactSchema } from '@contract/impact';
import { randomUUID } from 'node:crypto';
import type { Impact } from '@contract/impact';
import type { ErasureReceipt } from '@contract/me';
import { computeImpact } from '../../domain/impact';
import { Reply, filesOnly, handler } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { pseudonymiseActivity } from './pseudonymise';
import { keptOnErasure } from '../../compliance/kept-on-erasure';

export const getImpact = handler({
  answer: impactSchema,
  async handle({ principal, services, currentPerson }): Promise<Impact> {
    const person = await currentPerson();
    return computeImpact(await services.repositories.shares.ofPerson(principal.tenantId, person.id));
  },
});

/** Everything the app holds about the person, as one JSON download. */
export const exportMyData = handler({
  answer: filesOnly,
  async handle({ principal, services, currentPerson }) {
    const person = await currentPerson();
    const { acceptances, shares } = services.repositories;
    const personShares = await shares.ofPerson(principal.tenantId, person.id);
    const data = {
      exportedAt: new Date().toISOString(),
      profile: person,
      appRoles: principal.roles,
      charterAcceptances: await acceptances.ofPerson(principal.tenantId, person.id),
      proposals: await services.repositories.content.proposalsOf(principal.tenantId, person.id),
      learningProgress: await services.repositories.learningProgress.ofPerson(principal.tenantId, person.id),
      shares: personShares,
      trackedLinks: personShares.map((share) => ({
        url: trackedLinkUrl(services.publicUrl, share.code),
        itemId: share.itemId,
        network: share.network,
        clicks: share.clicks,
      })),
    };
    return new Reply(JSON.stringify(data, null, 2), {
      contentType: 'application/json',
      headers: {
        'Content-Disposition': 'attachment; filename="ambassade-my-data.json"',
        'Cache-Control': 'no-store',
      },
    });
  },
});

/**
 * Erasure, carried out at once: the profile is deleted and the person's activity is pseudonymised (the
 * programme's totals stay right, nothing leads back to them), except the archive of what they posted, which
 * the law requires the programme to keep (the receipt says until when, and why). The reference confirms it was done: the audit
 * log records the erasure, and keeps the person's earlier data requests, under it, without their name.
 */
export const eraseMe = handler({
  answer: erasureReceiptSchema,
  async handle({ principal, services, currentPerson, locale }): Promise<ErasureReceipt> {
    const { repositories } = services;
    const person = await currentPerson();
    const reference = randomUUID();
    const kept = await keptOnErasure(repositories, principal.tenantId, person.id, locale, new Date());
    await pseudonymiseActivity(repositories, person, services.actionNotices);
    // The bot keeps no way to reach them: their conversation reference goes with the profile.
    await repositories.conversations.delete(principal.tenantId, person.id);
    // Their quiz answers and training progress are about them alone; the points they earned stay pseudonymous.
    for (const progress of await repositories.learningProgress.ofPerson(principal.tenantId, person.id)) {
      await repositories.learningProgress.delete(principal.tenantId, progress.id);
    }
    // Under a legal hold the audit trail about the person is evidence: it stays as it is.
    if (!kept?.legalHold) {
      await repositories.audit.pseudonymiseSubject(principal.tenantId, person.id, reference);
    }
    await repositories.people.delete(principal.tenantId, person.id);
    const erasedAt = new Date().toISOString();
    const pseudonymous = {
      tenantId: principal.tenantId,
      objectId: reference,
      name: '',
      username: '',
      roles: [],
    };
    await recordAudit(
      repositories,
      pseudonymous,
      'person.erased',
      { type: 'person', id: reference },
      kept ? { after: { archiveRecordsKept: kept.archiveRecords, legalHold: kept.legalHold } } : {},
    );
    return { erasedAt, reference, ...(kept ? { kept } : {}) };
  },
});
