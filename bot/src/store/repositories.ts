import type { CosmosStore } from './cosmos-store';
import { AcceptanceRepository } from './acceptance-repository';
import { ActivityRepository } from './activity-repository';
import { AuditRepository } from './audit-repository';
import { CampaignRepository } from './campaign-repository';
import { CharterRepository } from './charter-repository';
import { ConversationRepository } from './conversation-repository';
import { ContentRepository } from './content-repository';
import { FeedRepository } from './feed-repository';
import { GroupRepository } from './group-repository';
import { LeaseRepository } from './lease-repository';
import { LinkRepository } from './link-repository';
import { OrganisationRepository } from './organisation-repository';
import { OutboxRepository } from './outbox-repository';
import { PeopleRepository } from './people-repository';
import { ShareRepository } from './share-repository';

/** One repository per Cosmos container. */
export function createRepositories(store: CosmosStore) {
  return {
    organisations: new OrganisationRepository(store.container('organisations')),
    groups: new GroupRepository(store.container('groups')),
    people: new PeopleRepository(store.container('people')),
    charters: new CharterRepository(store.container('charters')),
    campaigns: new CampaignRepository(store.container('campaigns')),
    content: new ContentRepository(store.container('content')),
    acceptances: new AcceptanceRepository(store.container('acceptances')),
    shares: new ShareRepository(store.container('shares')),
    links: new LinkRepository(store.container('links')),
    feeds: new FeedRepository(store.container('feeds')),
    audit: new AuditRepository(store.container('audit')),
    conversations: new ConversationRepository(store.container('conversations')),
    outbox: new OutboxRepository(store.container('outbox')),
    activity: new ActivityRepository(store.container('activity')),
    leases: new LeaseRepository(store.container('leases')),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
