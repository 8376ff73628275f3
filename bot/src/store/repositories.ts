import type { CosmosStore } from './cosmos-store';
import { CampaignRepository } from './campaign-repository';
import { CharterRepository } from './charter-repository';
import { ContentRepository } from './content-repository';
import { GroupRepository } from './group-repository';
import { OrganisationRepository } from './organisation-repository';
import { PeopleRepository } from './people-repository';

/** One repository per Cosmos container. */
export function createRepositories(store: CosmosStore) {
  return {
    organisations: new OrganisationRepository(store.container('organisations')),
    groups: new GroupRepository(store.container('groups')),
    people: new PeopleRepository(store.container('people')),
    charters: new CharterRepository(store.container('charters')),
    campaigns: new CampaignRepository(store.container('campaigns')),
    content: new ContentRepository(store.container('content')),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
