import { describe, expect, it } from 'vitest';
import { isAllowedServiceUrl } from './bot-service-url';

const deployed = { allowLoopback: false };
const local = { allowLoopback: true };

describe('isAllowedServiceUrl', () => {
  it.each([
    'https://smba.trafficmanager.net/emea/',
    'https://smba.trafficmanager.net/teams/',
    'https://SMBA.trafficmanager.net:443/amer/',
    'https://smba.infra.gcc.teams.microsoft.com/teams',
    'https://smba.infra.gov.teams.microsoft.us/teams',
    'https://smba.infra.dod.teams.microsoft.us/teams',
    'https://webchat.botframework.com/',
    'https://europe.directline.botframework.com/',
  ])('lets the bot call the Bot Framework service %s', (url) => {
    expect(isAllowedServiceUrl(url, deployed)).toBe(true);
  });

  it.each([
    ['an address of the caller’s choice', 'https://attacker.example/'],
    ['plain HTTP to Teams', 'http://smba.trafficmanager.net/emea/'],
    ['another port', 'https://smba.trafficmanager.net:8443/emea/'],
    ['a look-alike suffix', 'https://smba.trafficmanager.net.attacker.example/'],
    ['a look-alike domain', 'https://evilbotframework.com/'],
    ['credentials in the URL', 'https://user:pass@smba.trafficmanager.net/emea/'],
    ['the instance metadata service', 'http://169.254.169.254/'],
    ['a loopback connector', 'http://127.0.0.1:3978/'],
    ['localhost', 'http://localhost:56150/'],
    ['not a URL', 'smba.trafficmanager.net'],
  ])('refuses %s once the bot has an identity', (_what, url) => {
    expect(isAllowedServiceUrl(url, deployed)).toBe(false);
  });

  it('accepts a connector on this machine only while running locally, without a bot identity', () => {
    for (const url of ['http://127.0.0.1:3978/', 'http://localhost:56150/', 'http://[::1]:8080/']) {
      expect(isAllowedServiceUrl(url, local)).toBe(true);
    }
    expect(isAllowedServiceUrl('http://127.0.0.2:3978/', local)).toBe(false);
    expect(isAllowedServiceUrl('http://10.0.0.4/', local)).toBe(false);
    expect(isAllowedServiceUrl('file:///etc/passwd', local)).toBe(false);
  });
});
