/**
 * Where the bot may send: the Bot Framework services that post activities to it. An activity names its own
 * `serviceUrl`, and the Teams SDK replies there (and the delivery engine keeps it for proactive messages), so a
 * URL outside these would make the service a request forger for whoever posted the activity.
 */
const BOT_FRAMEWORK_HOSTS = [
  // Teams in the public cloud, then in US Government clouds (GCC, GCC High, DoD).
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
];
/** The Azure Bot's other channels (Web Chat in the Azure portal, Direct Line). */
const BOT_FRAMEWORK_DOMAIN = '.botframework.com';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface ServiceUrlPolicy {
  /**
   * Also a connector on this machine (the Agents Playground, tests): only while the bot has no identity, i.e.
   * activities are not authenticated anyway and the service runs locally.
   */
  allowLoopback: boolean;
}

/** A bot with an identity is deployed: Bot Framework only. Without one it runs locally (see `botAuthSettings`). */
export function serviceUrlPolicyFor(botAppId: string | undefined): ServiceUrlPolicy {
  return { allowLoopback: !botAppId };
}

export function isAllowedServiceUrl(serviceUrl: string, policy: ServiceUrlPolicy): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (policy.allowLoopback && LOOPBACK_HOSTS.has(host))
    return url.protocol === 'http:' || url.protocol === 'https:';
  if (url.protocol !== 'https:' || (url.port !== '' && url.port !== '443')) return false;
  return BOT_FRAMEWORK_HOSTS.includes(host) || host.endsWith(BOT_FRAMEWORK_DOMAIN);
}
