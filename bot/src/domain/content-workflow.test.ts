import { describe, expect, it } from 'vitest';
import { contentStatuses } from '@contract/content';
import type { ContentStatus } from '@contract/content';
import { canTransition, transition } from './content-workflow';
import type { ContentAction } from './content-workflow';

describe('the content review workflow', () => {
  it('follows draft → submitted → approved → published → expired', () => {
    let status: ContentStatus = 'draft';
    for (const action of ['submit', 'approve', 'publish', 'expire'] as const) {
      const next = transition(status, action);
      if (!next.ok) throw new Error(next.reason.detail);
      status = next.status;
    }
    expect(status).toBe('expired');
  });

  it('sends an item back for changes, then lets its author edit and submit it again', () => {
    expect(transition('submitted', 'request-changes')).toEqual({ ok: true, status: 'changes-requested' });
    expect(transition('changes-requested', 'edit')).toEqual({ ok: true, status: 'changes-requested' });
    expect(transition('changes-requested', 'submit')).toEqual({ ok: true, status: 'submitted' });
  });

  it('withdraws approved or published content at once', () => {
    expect(transition('published', 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
    expect(transition('approved', 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
  });

  it('refuses anything else, saying with a code per action what is allowed and what the item is', () => {
    expect(transition('draft', 'approve')).toEqual({
      ok: false,
      reason: {
        code: 'content.notApprovable',
        params: { status: 'draft' },
        detail: 'Only submitted items can be approved; this one is draft.',
      },
    });
    expect(transition('published', 'edit')).toEqual({
      ok: false,
      reason: {
        code: 'content.notEditable',
        params: { status: 'published' },
        detail: 'Only draft or changes-requested items can be edited; this one is published.',
      },
    });
    expect(transition('draft', 'withdraw')).toMatchObject({ ok: false });
  });

  it('keeps rejected, expired and withdrawn items final', () => {
    const actions: ContentAction[] = [
      'edit',
      'submit',
      'approve',
      'request-changes',
      'reject',
      'publish',
      'withdraw',
      'expire',
    ];
    for (const status of ['rejected', 'expired', 'withdrawn'] as const) {
      for (const action of actions) expect(canTransition(status, action), `${status} ${action}`).toBe(false);
    }
  });

  it('lets only submitted items be decided on', () => {
    for (const status of contentStatuses) {
      for (const action of ['approve', 'request-changes', 'reject'] as const) {
        expect(canTransition(status, action)).toBe(status === 'submitted');
      }
    }
  });
});
