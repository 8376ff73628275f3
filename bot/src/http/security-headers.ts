import helmet from 'helmet';

/** Hosts allowed to frame the tab: Teams (web, desktop, mobile), Microsoft 365, Outlook and SharePoint pages. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.skype.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

const SIGN_IN_HOST = 'https://login.microsoftonline.com';

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * What a redirect without a body carries: the document headers (CSP, cross-origin policies) would apply to no
 * document, and on the busiest answer of all they weigh more than the redirect itself.
 */
export function redirectSecurityHeaders(production: boolean): Readonly<Record<string, string>> {
  return {
    'X-Content-Type-Options': 'nosniff',
    ...(production
      ? { 'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }
      : {}),
  };
}

/** Plain Node middleware: Express mounts it, and so does the tracked-link redirect, which runs before Express. */
export type SecurityHeaders = ReturnType<typeof helmet>;

export function securityHeaders(production: boolean): SecurityHeaders {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Fluent UI's CSS-in-JS inserts style rules at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", SIGN_IN_HOST],
        frameSrc: [SIGN_IN_HOST],
        frameAncestors: FRAME_ANCESTORS,
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // frame-ancestors decides who may frame the tab; X-Frame-Options cannot express a list of hosts.
    frameguard: false,
    strictTransportSecurity: production && { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}
