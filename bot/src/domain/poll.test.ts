import { describe, expect, it } from 'vitest';
import { pollInput as input } from '../../../tests/support/poll-input';
import { closePoll, newPoll, pollStatus, sendPoll } from './poll';

const now = new Date('2026-11-22T12:00:00Z');
const ids = { id: 'p1', tenantId: 't', createdBy: 'manager' };

describe('poll life', () => {
  it('is sent at once or kept as a draft, with short option ids', () => {
    const sent = newPoll(input(), ids, now);
    expect(sent).toMatchObject({ status: 'open', sentAt: now.toISOString() });
    expect(sent.options.map((option) => option.id)).toEqual(['o1', 'o2']);
    expect(newPoll(input({ send: false }), ids, now)).not.toHaveProperty('sentAt');
    expect(newPoll(input({ send: false }), ids, now).status).toBe('draft');
  });

  it('is closed from its closing time, whether or not the job marked it', () => {
    const poll = newPoll(input(), ids, now);
    expect(pollStatus(poll, now)).toBe('open');
    expect(pollStatus(poll, new Date(poll.closesAt))).toBe('closed');
  });

  it('sends a draft only while its closing time is ahead', () => {
    const draft = newPoll(input({ send: false }), ids, now);
    expect(sendPoll(draft, now)).toMatchObject({ ok: true, poll: { status: 'open' } });
    expect(sendPoll(draft, new Date(draft.closesAt)).ok).toBe(false);
    expect(sendPoll(newPoll(input(), ids, now), now).ok).toBe(false);
  });

  it('closes an open poll early, or on time with its own closing time; never a draft or twice', () => {
    const poll = newPoll(input(), ids, now);
    expect(closePoll(poll, now)).toMatchObject({
      ok: true,
      poll: { status: 'closed', closedAt: now.toISOString() },
    });
    const late = new Date('2026-12-01T00:00:00Z');
    expect(closePoll(poll, late)).toMatchObject({ ok: true, poll: { closedAt: poll.closesAt } });
    expect(closePoll(newPoll(input({ send: false }), ids, now), now).ok).toBe(false);
    const closed = closePoll(poll, now);
    expect(closed.ok && closePoll(closed.poll, now).ok).toBe(false);
  });
});
