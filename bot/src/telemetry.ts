import { useAzureMonitor } from '@azure/monitor-opentelemetry';

/** Traces, metrics and logs to Application Insights through OpenTelemetry; only when a connection string is set. */
export function startTelemetry(connectionString: string): void {
  useAzureMonitor({ azureMonitorExporterOptions: { connectionString } });
}
