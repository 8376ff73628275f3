import type { ChainBreak } from '../domain/archive/hash-chain';
import { ChainVerifier } from '../domain/archive/hash-chain';
import type { ArchiveRepository } from '../store/archive-repository';

export interface ArchiveVerification {
  intact: boolean;
  records: number;
  lastHash: string;
  checkedAt: string;
  firstBreak?: ChainBreak;
}

/**
 * Walks the tenant's whole chain in order, recomputing every hash, and compares its end with the chain's
 * head, so that a record altered, removed or inserted anywhere (the last one included) is named.
 */
export async function verifyArchive(
  archive: ArchiveRepository,
  tenantId: string,
  now: Date,
): Promise<ArchiveVerification> {
  const head = await archive.head(tenantId);
  const verifier = new ChainVerifier();
  for await (const record of archive.records(tenantId, { includePurged: true })) {
    if (!verifier.check(record)) break;
  }
  const walked = verifier.result();
  const tailMissing = walked.intact && walked.records < head.seq;
  return {
    ...walked,
    intact: walked.intact && !tailMissing,
    checkedAt: now.toISOString(),
    ...(tailMissing ? { firstBreak: { kind: 'missing', seq: walked.records + 1 } } : {}),
  };
}
