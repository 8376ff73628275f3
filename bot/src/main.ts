import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startTelemetry } from './telemetry';

/** Entry point: read the environment, start the service, stop cleanly on SIGTERM (App Service) or Ctrl+C. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Telemetry first, so that the modules it instruments are loaded after it.
  if (config.appInsightsConnectionString) startTelemetry(config.appInsightsConnectionString);
  const { startService } = await import('./service');
  const service = await startService(config, logger);

  // Every signal keeps its handler: a second SIGTERM (or a Ctrl+C during the save) must not fall back to the
  // default action, which would end the process before the store is saved.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'already stopping: the data is being saved');
        return;
      }
      stopping = true;
      service.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): plain stderr, one line a person can act on.
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
