import fs from 'node:fs';
import path from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';
import { ALL_ROLES, Role } from '../platform/auth/roles';
import { resolveSecret, signToken, tokenAudience } from '../platform/auth/tokens';
import type { HubConfig } from '../platform/config';
import type { Logger } from '../platform/logger';

/** Where `npm run build:web` (vite) writes the department web app (from src/ or dist/src/ alike). */
export const WEB_DIST = path.join(packageRoot(__dirname), 'web', 'dist');
const DEV_TOKEN_TTL_SECONDS = 8 * 3600;
// The app loads only its own scripts and talks only to its own hub (HTTP and WebSocket); no page
// may frame it (clickjacking). Inline styles: React style attributes and the chart's SVG.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
// Paths the hub itself answers; everything else that accepts HTML is the app (client-side routes).
const HUB_PATHS = /^\/(graphql|healthz|readyz|metrics|dev)(\/|$)/;

/**
 * The department web app at `/`: its built files, and index.html for every client-side route.
 * Outside production also `POST /dev/token`, the development sign-in, for loopback callers only
 * (production: 404, as if it did not exist). Mounted before the GraphQL endpoint, which it never shadows.
 */
export function mountWebApp(app: Express, config: HubConfig, log: Logger, dist = WEB_DIST): void {
  if (!config.production) mountDevSignIn(app, config, log);

  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn({ dist }, 'web app not built (npm run build:web): / serves nothing');
    return;
  }
  // Vite names every asset by its content hash: cache them for a year. index.html is always revalidated,
  // so a new build is picked up at the next load.
  app.use(
    '/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(dist, { index: false, maxAge: 0, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') }));
  app.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (HUB_PATHS.test(req.path) || path.extname(req.path) || req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('referrer-policy', 'no-referrer');
    res.sendFile(index);
  });
}

function mountDevSignIn(app: Express, config: HubConfig, log: Logger): void {
  const secret = resolveSecret(config);
  // With an identity provider (JWKS) the hub cannot sign tokens its verifier accepts.
  if (!secret || config.jwksUrl) return;
  app.post('/dev/token', express.json({ limit: '4kb' }), async (req: Request, res: Response) => {
    // Any token for any body is for the developer at this machine, not for whoever reaches a
    // non-production hub over the network.
    if (!isLoopback(req.socket.remoteAddress)) {
      res.status(403).json({ error: 'The development sign-in answers only requests from this machine (loopback).' });
      return;
    }
    const { body, roles } = (req.body ?? {}) as { body?: unknown; roles?: unknown };
    const list = Array.isArray(roles) ? roles : [];
    if (typeof body !== 'string' || !/^[A-Z0-9-]{2,40}$/.test(body) || list.length === 0 || !list.every((r) => (ALL_ROLES as unknown[]).includes(r))) {
      res.status(400).json({ error: `Give "body" (a body code) and "roles" (a non-empty list of ${ALL_ROLES.join(', ')}).` });
      return;
    }
    const token = await signToken(secret, { sub: `dev:${body}:${list.join('+')}`, body, roles: list as Role[], ttlSeconds: DEV_TOKEN_TTL_SECONDS }, tokenAudience(config));
    log.info({ body, roles: list }, 'development token issued');
    res.setHeader('cache-control', 'no-store');
    res.json({ token, expiresIn: DEV_TOKEN_TTL_SECONDS });
  });
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function packageRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
