/** The structured logger the app layer hands in (pino-compatible), so this layer never writes to the console. */
export interface BotLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
