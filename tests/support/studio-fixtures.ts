import http from 'node:http';
import type { AddressInfo } from 'node:net';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A campaign input for the demo organisation: Douai plant, Aurore Mobilité, running from an hour ago. */
export function campaignInput(overrides: Record<string, unknown> = {}) {
  return {
    name: { fr: 'Portes ouvertes à Douai', en: 'Douai open day' },
    objective: 'recruitment',
    brandId: 'brand-mobility',
    startsAt: new Date(Date.now() - HOUR_MS).toISOString(),
    endsAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    audience: { groupIds: ['group-douai-plant'], brandIds: [], languages: [] },
    targets: { shares: 100, clicks: 1000, participationRate: 0.3 },
    ...overrides,
  };
}

export function contentInput(
  campaignId: string,
  texts: { network: string; language: string; text: string }[],
  overrides: Record<string, unknown> = {},
) {
  return {
    campaignId,
    title: { fr: 'Journée portes ouvertes à Douai', en: 'Open day at the Douai plant' },
    url: 'https://www.aurore-demo.example/carrieres/portes-ouvertes',
    preview: { title: { fr: '', en: '' }, description: { fr: '', en: '' } },
    media: [],
    texts,
    hashtags: ['AuroreRecrute'],
    ...overrides,
  };
}

export const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A web server on this machine answering each path with a handler: pages to preview, slow ones too. */
export async function startPageServer(routes: Record<string, http.RequestListener>) {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const articlePage = `<!doctype html><html><head>
  <title>Fallback title</title>
  <meta property="og:title" content="Aurore opens its Douai plant to visitors">
  <meta property="og:description" content="Guided tours of the electric line, every Saturday in June.">
  <meta property="og:image" content="/images/open-day.jpg">
</head><body><h1>Open day</h1></body></html>`;

/** The smallest valid PNG: one transparent pixel. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
