import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, JWTPayload, SignJWT } from 'jose';
import type { HubConfig } from '../config';
import { ALL_ROLES, Role } from './roles';

export interface TokenClaims {
  sub: string;
  body: string;
  roles: Role[];
  exp: number | null;
}

export class TokenError extends Error {
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
  }
}

export interface TokenVerifier {
  verify(token: string): Promise<TokenClaims>;
}

const SECRET_FILE = 'jwt-secret';

/**
 * The HS256 secret: HUB_JWT_SECRET, or in development one generated on first use and kept in the
 * data directory so tokens survive restarts. Production never generates one.
 */
export function resolveSecret(config: HubConfig): string | undefined {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.production || config.jwksUrl) return undefined;
  const file = path.join(config.dataDir, SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim(); // another process won the race
    }
  }
}

/** Refuses to run in production without a configured way to verify tokens. */
export function assertIdentityConfigured(config: HubConfig): void {
  if (config.production && !config.jwtSecret && !config.jwksUrl) {
    throw new Error('NODE_ENV=production requires HUB_JWT_SECRET or HUB_JWKS_URL; refusing to start.');
  }
  if (config.jwtSecret && config.jwtSecret.length < 32) {
    throw new Error('HUB_JWT_SECRET must be at least 32 characters.');
  }
}

function claimsOf(payload: JWTPayload): TokenClaims {
  const { sub, body, roles } = payload as JWTPayload & { body?: unknown; roles?: unknown };
  if (typeof sub !== 'string' || sub.length === 0) throw new TokenError('token has no "sub" claim');
  if (typeof body !== 'string' || body.length === 0) throw new TokenError('token has no "body" claim');
  if (!Array.isArray(roles) || !roles.every((r) => (ALL_ROLES as string[]).includes(r))) {
    throw new TokenError(`token "roles" must be a list drawn from ${ALL_ROLES.join(', ')}`);
  }
  return { sub, body, roles: roles as Role[], exp: typeof payload.exp === 'number' ? payload.exp * 1000 : null };
}

const VERIFIED_TTL_MS = 60_000;
const VERIFIED_TOKENS = 10_000;

/** How long what was learned about a token or a key counts: a verified token, the fetched JWKS (tests shorten them). */
export interface VerifierTimings {
  verifiedTtlMs: number;
  jwksMaxAgeMs: number;
}

/** The `iss` and `aud` the hub's own tokens carry and every token must carry, as configured. */
export function tokenAudience(config: Pick<HubConfig, 'jwtIssuer' | 'jwtAudience'>): { issuer?: string; audience?: string[] } {
  return { issuer: config.jwtIssuer, audience: config.jwtAudience };
}

export function createVerifier(config: HubConfig, timings: VerifierTimings = { verifiedTtlMs: VERIFIED_TTL_MS, jwksMaxAgeMs: VERIFIED_TTL_MS }): TokenVerifier {
  let verifyJwt: (token: string) => Promise<{ payload: JWTPayload }>;
  const { issuer, audience } = tokenAudience(config);
  if (config.jwksUrl) {
    // jose keeps the fetched key set for 10 minutes by default; a minute here, so that a key the
    // provider withdraws stops counting within two (this minute, then a verified token's minute).
    const jwks = createRemoteJWKSet(new URL(config.jwksUrl), { cacheMaxAge: timings.jwksMaxAgeMs, cooldownDuration: Math.min(30_000, timings.jwksMaxAgeMs) });
    verifyJwt = (token) => jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256'], issuer, audience });
  } else {
    const secret = resolveSecret(config);
    if (!secret) throw new Error('No JWT secret available');
    const key = new TextEncoder().encode(secret);
    verifyJwt = (token) => jwtVerify(token, key, { algorithms: ['HS256'], issuer, audience });
  }
  // A token verified once is not verified again for a minute (an HMAC or a signature per request
  // otherwise); its expiry is still checked on every use.
  const verified = new Map<string, { claims: TokenClaims; at: number }>();
  return {
    async verify(token: string): Promise<TokenClaims> {
      const now = Date.now();
      const hit = verified.get(token);
      if (hit && now - hit.at < timings.verifiedTtlMs) {
        // jose's rule: expired once the whole second reaches `exp`.
        if (hit.claims.exp !== null && Math.floor(now / 1000) * 1000 >= hit.claims.exp) throw new TokenError('token has expired', true);
        return hit.claims;
      }
      try {
        const { payload } = await verifyJwt(token);
        const claims = claimsOf(payload);
        verified.delete(token);
        if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
        verified.set(token, { claims, at: now });
        return claims;
      } catch (err) {
        if (err instanceof TokenError) throw err;
        if (err instanceof joseErrors.JWTExpired) throw new TokenError('token has expired', true);
        // A token for another application or from another issuer: say which claim, not what was expected.
        if (err instanceof joseErrors.JWTClaimValidationFailed && (err.claim === 'iss' || err.claim === 'aud')) throw new TokenError(`token "${err.claim}" claim is not accepted by this hub`);
        throw new TokenError('token signature or format is invalid');
      }
    },
  };
}

/** Parses "90s", "15m", "1h", "7d" into seconds. */
export function parseTtl(ttl: string): number {
  const m = /^(\d+)([smhd])$/.exec(ttl.trim());
  if (!m) throw new Error(`--ttl must look like 90s, 15m, 1h or 7d (got "${ttl}")`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

export async function signToken(secret: string, claims: { sub: string; body: string; roles: Role[]; ttlSeconds: number }, { issuer, audience }: { issuer?: string; audience?: string[] } = {}): Promise<string> {
  const jwt = new SignJWT({ body: claims.body, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + claims.ttlSeconds);
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
