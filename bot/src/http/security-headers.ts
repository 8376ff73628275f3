import helmet from 'helmet';
import type { RequestHandler } from 'express';

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

export function securityHeaders(production: boolean): RequestHandler {
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
    strictTransportSecurity: production,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}
