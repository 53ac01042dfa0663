import type { IncomingMessage } from 'node:http';
import type { HubConfig } from '../platform/config';

// Which browser pages may open the hub's WebSocket. Browsers send the page's Origin with every
// WebSocket handshake and, unlike fetch, apply no CORS to it: without this check any site a signed-in
// user visits could open a socket to the hub (cross-site WebSocket hijacking). Clients that are not
// browsers (local governments' services, integrators, the CLI) send no Origin and are not concerned:
// they could send any Origin they like, so the list protects browsers, and only them.

/**
 * Whether a WebSocket handshake may proceed:
 * - no Origin header (not a browser): yes;
 * - HUB_WS_ORIGINS set: the origin is in the list (or the list holds `*`);
 * - unset, outside production: any origin (local frontends on other ports);
 * - unset, in production: only pages served from the hub's own host.
 */
export function websocketOriginAllowed(config: Pick<HubConfig, 'wsOrigins' | 'production'>, req: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (config.wsOrigins) return config.wsOrigins.includes('*') || config.wsOrigins.includes(normalized(origin));
  if (!config.production) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function normalized(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}
