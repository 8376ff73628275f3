/**
 * The nudge benchmark's dispatcher, in a process of its own so the benchmark can kill it (SIGKILL) mid-way:
 * the real delivery job under the real scheduler and lease, against the parent's Cosmos server and Bot
 * Connector simulator. Configured like the service, by environment (COSMOS_ENDPOINT, BOT_SEND_*).
 */
import { loadConfig } from '../../bot/src/config';
import { deliveryJob } from '../../bot/src/delivery/delivery-job';
import { JobScheduler } from '../../bot/src/jobs/job-scheduler';
import { createLogger } from '../../bot/src/logger';
import { CosmosStore } from '../../bot/src/store/cosmos-store';
import { createRepositories } from '../../bot/src/store/repositories';
import { createTeamsBot } from '../../bot/src/teams/teams-bot';
import { isAllowedServiceUrl, serviceUrlPolicyFor } from '../../bot/src/http/bot-service-url';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const store = await CosmosStore.open(config.store, logger);
const repositories = createRepositories(store);
// The service's bot, which here only sends (with no app id configured, without a token): no turn runs, so
// nothing links to the tab or unfurls.
const bot = createTeamsBot({
  botAppId: config.bot.appId,
  botAppPassword: config.bot.password,
  botTenantId: config.bot.tenantId,
  repositories,
  logger,
  publicUrl: 'http://localhost',
  tabDeepLink: (page) => page,
});
const scheduler = new JobScheduler(
  repositories.leases,
  [
    deliveryJob(
      repositories,
      bot.proactiveSender((serviceUrl) =>
        isAllowedServiceUrl(serviceUrl, serviceUrlPolicyFor(config.bot.appId)),
      ),
      config.delivery,
      logger,
    ),
  ],
  logger,
);
scheduler.start();
process.send?.({ type: 'ready', at: Date.now() });

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  void scheduler
    .stop()
    .then(() => store.close())
    .then(() => {
      const { user, system } = process.cpuUsage();
      process.send?.({ type: 'cpu', seconds: (user + system) / 1e6 });
    })
    .finally(() => process.exit(0));
});
