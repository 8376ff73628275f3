import { describe, expect, it } from 'vitest';
import { conversationReferenceOf } from './conversation-reference';

const now = new Date('2026-03-02T09:00:00Z');
const install = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:teams-user', name: 'Camille', aadObjectId: 'entra-object-id' },
  conversation: {
    id: 'a:chat',
    conversationType: 'personal',
    tenantId: 'tenant-1',
    isGroup: false,
    name: '',
  },
};

describe('conversationReferenceOf', () => {
  it('keeps what a proactive message needs, keyed by the Entra object id', () => {
    expect(conversationReferenceOf(install, now)).toEqual({
      id: 'entra-object-id',
      tenantId: 'tenant-1',
      teamsUserId: '29:teams-user',
      conversationId: 'a:chat',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: now.toISOString(),
    });
  });

  it('reads the tenant from channelData when the conversation lacks it', () => {
    const activity = {
      ...install,
      conversation: { ...install.conversation, tenantId: undefined },
      channelData: { tenant: { id: 'tenant-2' } },
    };

    expect(conversationReferenceOf(activity, now)?.tenantId).toBe('tenant-2');
  });

  it.each([
    ['a team channel', { conversation: { ...install.conversation, conversationType: 'channel' } }],
    ['no Entra object id', { from: { id: '29:teams-user', name: 'Camille' } }],
    ['no tenant', { conversation: { ...install.conversation, tenantId: undefined } }],
    ['no service URL', { serviceUrl: undefined }],
  ])('gives nothing for %s', (_case, change) => {
    expect(conversationReferenceOf({ ...install, ...change }, now)).toBeUndefined();
  });
});
