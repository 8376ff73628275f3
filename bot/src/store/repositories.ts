import type { CosmosStore } from './cosmos-store';
import { AcceptanceRepository } from './acceptance-repository';
import { ActivityRepository } from './activity-repository';
import { ArchiveRepository } from './archive-repository';
import { AuditRepository } from './audit-repository';
import { CampaignRepository } from './campaign-repository';
import { ChallengeRepository } from './challenge-repository';
import { CharterRepository } from './charter-repository';
import { ConnectionRepository } from './connection-repository';
import { ConversationRepository } from './conversation-repository';
import { ContentRepository } from './content-repository';
import { EventRepository } from './event-repository';
import { FeedRepository } from './feed-repository';
import { GroupRepository } from './group-repository';
import { InsightsRepository } from './insights-repository';
import { LeaseRepository } from './lease-repository';
import { LinkRepository } from './link-repository';
import { NudgeRepository } from './nudge-repository';
import { OrganisationRepository } from './organisation-repository';
import { FeedNoticeRepository } from './feed-notice-repository';
import { OutboxRepository } from './outbox-repository';
import { PeopleRepository } from './people-repository';
import { PointsRepository } from './points-repository';
import { PollRepository } from './poll-repository';
import { ScheduledPostRepository } from './scheduled-post-repository';
import { ShareRepository } from './share-repository';
import { StandingRepository } from './standing-repository';
import { VoteRepository } from './vote-repository';
import { ReadinessRepository } from './readiness-repository';
import { LearningPathRepository } from './learning-path-repository';
import { LearningProgressRepository } from './learning-progress-repository';

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
    feedNotices: new FeedNoticeRepository(store.container('feedNotices')),
    activity: new ActivityRepository(store.container('activity')),
    insights: new InsightsRepository(store.container('insights')),
    leases: new LeaseRepository(store.container('leases')),
    archive: new ArchiveRepository(store.container('archive')),
    nudges: new NudgeRepository(store.container('nudges')),
    challenges: new ChallengeRepository(store.container('challenges')),
    points: new PointsRepository(store.container('points')),
    standings: new StandingRepository(store.container('standings')),
    events: new EventRepository(store.container('events')),
    polls: new PollRepository(store.container('polls')),
    votes: new VoteRepository(store.container('votes')),
    connections: new ConnectionRepository(store.container('connections')),
    scheduledPosts: new ScheduledPostRepository(store.container('scheduledPosts')),
    readiness: new ReadinessRepository(store.container('readiness')),
    learningPaths: new LearningPathRepository(store.container('learningPaths')),
    learningProgress: new LearningProgressRepository(store.container('learningProgress')),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
