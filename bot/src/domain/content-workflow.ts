import type { ContentStatus } from '@contract/content';
import type { ProblemCode, Refusal } from '@contract/problem-codes';

/** What can happen to an item; `edit` changes its content and keeps its status. */
export type ContentAction =
  'edit' | 'submit' | 'approve' | 'request-changes' | 'reject' | 'publish' | 'withdraw' | 'expire';

interface Rule {
  from: readonly ContentStatus[];
  /** Absent: the status stays as it is. */
  to?: ContentStatus;
  /** How the refusal names the action: "Only … items can be <verb>". */
  verb: string;
  refusal: ProblemCode;
}

/**
 * The review workflow: draft → submitted → approved / changes-requested / rejected → published →
 * expired / withdrawn. Changes requested go back to the author, who edits and submits again; a rejection
 * is final. Approved content not yet published can be withdrawn too.
 */
const rules: Record<ContentAction, Rule> = {
  edit: { from: ['draft', 'changes-requested'], verb: 'edited', refusal: 'content.notEditable' },
  submit: {
    from: ['draft', 'changes-requested'],
    to: 'submitted',
    verb: 'submitted for review',
    refusal: 'content.notSubmittable',
  },
  approve: { from: ['submitted'], to: 'approved', verb: 'approved', refusal: 'content.notApprovable' },
  'request-changes': {
    from: ['submitted'],
    to: 'changes-requested',
    verb: 'sent back for changes',
    refusal: 'content.notSendableBack',
  },
  reject: { from: ['submitted'], to: 'rejected', verb: 'rejected', refusal: 'content.notRejectable' },
  publish: { from: ['approved'], to: 'published', verb: 'published', refusal: 'content.notPublishable' },
  withdraw: {
    from: ['approved', 'published'],
    to: 'withdrawn',
    verb: 'withdrawn',
    refusal: 'content.notWithdrawable',
  },
  expire: { from: ['published'], to: 'expired', verb: 'expired', refusal: 'content.notExpirable' },
};

export type Transition = { ok: true; status: ContentStatus } | { ok: false; reason: Refusal };

export function transition(status: ContentStatus, action: ContentAction): Transition {
  const rule = rules[action];
  if (rule.from.includes(status)) return { ok: true, status: rule.to ?? status };
  return {
    ok: false,
    reason: {
      code: rule.refusal,
      params: { status },
      detail: `Only ${rule.from.join(' or ')} items can be ${rule.verb}; this one is ${status}.`,
    },
  };
}

export function canTransition(status: ContentStatus, action: ContentAction): boolean {
  return rules[action].from.includes(status);
}
