import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Logger } from './logger';
import { DEMO_TENANT_ID } from './demo/demo-data';
import { demoIdentities, seedDemoData } from './demo/seed-demo-data';
import { createHttpApp } from './http/app';
import { createDevSignInRouter } from './http/dev-sign-in';
import { createNudgeLinkRouter } from './http/nudge-link-redirect';
import { nudgeRulesJob } from './jobs/nudge-rules-job';
import { ClickRecorder } from './tracking/click-recorder';
import { JobScheduler } from './jobs/job-scheduler';
import { contentPublicationJob } from './jobs/content-publication-job';
import { createMediaRouter } from './http/media-router';
import { createLinkedInCallbackRouter } from './http/linkedin-callback';
import { createLinkedIn } from './linkedin/linkedin-connections';
import { createMediaStore } from './media/create-media-store';
import { MediaDigests } from './media/media-digest';
import { createArchiveStore } from './compliance/create-archive-store';
import { archiveExportJob } from './jobs/archive-export-job';
import { retentionPurgeJob } from './jobs/retention-purge-job';
import { scheduledPostJob } from './jobs/scheduled-post-job';
import { feedPollJob } from './jobs/feed-poll-job';
import { activityProjectionJob } from './jobs/activity-projection-job';
import { countersProjection } from './activity/counters-projection';
import { pointsProjection } from './activity/points-projection';
import { challengeJob } from './jobs/challenge-job';
import { pollClosingJob } from './jobs/poll-closing-job';
import { PollVoting } from './polls/poll-voting';
import { QuizCardActions } from './learning/quiz-card-actions';
import { eventReminderJob } from './jobs/event-reminder-job';
import { createEventCardActions } from './events/event-card-actions';
import { EntraDirectory } from './external/entra-directory';
import type { DevIssuer } from './identity/dev-issuer';
import { createSignIn } from './identity/sign-in';
import { CosmosStore } from './store/cosmos-store';
import { createRepositories } from './store/repositories';
import type { Repositories } from './store/repositories';
import { createTeamsBot } from './teams/teams-bot';
import { deliveryJob } from './delivery/delivery-job';
import { outboundAddressPolicy } from './external/address-policy';
import { isAllowedServiceUrl, serviceUrlPolicyFor } from './http/bot-service-url';
import { tabDeepLink } from './chat/tab-deep-link';
import type { TabPage } from './chat/tab-deep-link';
import { ActivityFeed } from './teams/activity-feed';
import { activityFeedJob } from './teams/activity-feed-job';
import { ServiceGate } from './http/service-gate';
import { answerMalformedRequestsWithProblems } from './http/malformed-requests';
import { AzureOpenAIWritingModel } from './external/azure-openai';

/** In-flight requests get this long to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningService {
  url: string;
  port: number;
  repositories: Repositories;
  /** The containers themselves, for tests that must change a document behind the repositories' backs. */
  store: CosmosStore;
  /** Present on local runs only: tests use it to mint tokens, valid and otherwise. */
  devIssuer?: DevIssuer;
  /** Resolves once every click already answered has been counted. */
  settleClicks(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts everything the service is: store, identity, HTTP (tab, API, bot) on one port. */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  // The port opens first, behind the gate: probes and early requests get a 503 rather than a hang while the
  // store restores, and the local issuer's JWKS address depends on the port actually bound.
  const gate = new ServiceGate();
  const server = http.createServer(gate.listener);
  answerMalformedRequestsWithProblems(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  try {
    return await wire(config, logger, server, gate);
  } catch (error) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
}

async function wire(
  config: Config,
  logger: Logger,
  server: http.Server,
  gate: ServiceGate,
): Promise<RunningService> {
  const { port } = server.address() as AddressInfo;
  const localUrl = `http://127.0.0.1:${port}`;
  const store = await CosmosStore.open(config.store, logger);
  const repositories = createRepositories(store);
  if (config.seedDemoData) await seedDemoData(repositories, logger, new Date());

  const { validateToken, clientConfig, devIssuer } = await createSignIn(config.signIn, {
    dataDir: config.dataDir,
    jwksUrl: `${localUrl}/dev/jwks`,
    tenantId: DEMO_TENANT_ID,
  });

  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  const botServiceUrls = serviceUrlPolicyFor(config.bot.appId);
  const teamsTabDeepLink = (page: TabPage) => tabDeepLink(page, { publicUrl, teamsAppId: config.teamsAppId });
  const activityFeed = ActivityFeed.fromConfig(config.graph, {
    notices: repositories.feedNotices,
    tabDeepLink: teamsTabDeepLink,
    ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
    logger,
  });
  const writingModel =
    config.writingHelp.kind === 'azure-openai' ? new AzureOpenAIWritingModel(config.writingHelp) : undefined;
  const bot = createTeamsBot({
    botAppId: config.bot.appId,
    botAppPassword: config.bot.password,
    botTenantId: config.bot.tenantId,
    publicUrl,
    tabDeepLink: teamsTabDeepLink,
    logger,
    repositories,
    events: createEventCardActions(repositories, activityFeed),
    polls: new PollVoting(repositories),
    ...(writingModel ? { writingModel } : {}),
    learning: new QuizCardActions(repositories),
  });

  const isAllowedOutboundAddress = outboundAddressPolicy(config.outboundAddresses);
  const clicks = new ClickRecorder(repositories, logger);
  const media = createMediaStore(config.media);
  const mediaDigests = new MediaDigests(media);
  const linkedIn = config.linkedIn ? await createLinkedIn(config.linkedIn, publicUrl) : undefined;
  const app = createHttpApp({
    logger,
    services: {
      config,
      repositories,
      publicUrl,
      directory: EntraDirectory.fromConfig(config.graph),
      ...(activityFeed ? { actionNotices: activityFeed } : {}),
      ...(writingModel ? { writingModel } : {}),
      media,
      mediaDigests,
      isAllowedOutboundAddress,
      ...(linkedIn ? { linkedIn } : {}),
    },
    trackedLinks: { links: repositories.links, recorder: clicks },
    nudgeLinks: createNudgeLinkRouter(repositories, { publicUrl, teamsAppId: config.teamsAppId }, logger),
    media: createMediaRouter(media),
    ...(linkedIn
      ? {
          linkedInCallback: createLinkedInCallbackRouter(
            linkedIn,
            repositories,
            { publicUrl, teamsAppId: config.teamsAppId },
            logger,
          ),
        }
      : {}),
    validateToken,
    clientConfig,
    isReady: async () => {
      await store.ping();
      return true;
    },
    botHandler: (req, res) => bot.handle(req, res),
    botServiceUrls,
    ...(devIssuer ? { devSignIn: createDevSignInRouter(devIssuer, demoIdentities(new Date())) } : {}),
    tabDirectory: config.tabDir,
  });
  gate.open(app);
  const scheduler = new JobScheduler(
    repositories.leases,
    [
      feedPollJob(repositories, config.feeds, isAllowedOutboundAddress, logger),
      contentPublicationJob(repositories, logger),
      activityProjectionJob(
        repositories.activity,
        [countersProjection(repositories), pointsProjection(repositories)],
        logger,
      ),
      challengeJob(repositories, teamsTabDeepLink, logger),
      pollClosingJob(repositories, logger),
      eventReminderJob(repositories, logger),
      nudgeRulesJob(repositories, config.nudges, publicUrl, logger),
      deliveryJob(
        repositories,
        bot.proactiveSender((serviceUrl) => isAllowedServiceUrl(serviceUrl, botServiceUrls)),
        config.delivery,
        logger,
      ),
      archiveExportJob(repositories, createArchiveStore(config.archiveStore), logger),
      retentionPurgeJob(repositories, logger),
      ...(activityFeed ? [activityFeedJob(activityFeed)] : []),
      ...(linkedIn
        ? [
            scheduledPostJob({
              repositories,
              publicUrl,
              media,
              mediaDigests,
              linkedIn,
              tabLink: teamsTabDeepLink,
              logger,
            }),
          ]
        : []),
    ],
    logger,
  );
  scheduler.start();
  logger.info(
    { url: publicUrl, signIn: config.signIn.kind, store: config.store.kind },
    'Ambassade is listening',
  );

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: finishing in-flight requests');
      // New requests get 503 at once; the ones inside get a grace period, then their connections are cut.
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await gate.close();
      clearTimeout(cut);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.stop();
      await clicks.drain();
      await store.close();
      logger.info('stopped');
    })());

  return {
    url: localUrl,
    port,
    repositories,
    store,
    ...(devIssuer ? { devIssuer } : {}),
    settleClicks: () => clicks.drain(),
    stop,
  };
}
