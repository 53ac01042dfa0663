import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, signToken, TokenError } from '../../src/platform/auth/tokens';
import { type HubConfig, loadConfig } from '../../src/platform/config';
import { TEST_SECRET } from '../support/env';
import { waitFor } from '../support/wait';

// Token verification against a real key set served over HTTP (as an identity provider's JWKS is),
// and against the shared secret, with and without the configured issuer and audience.

const ISSUER = 'https://idp.example.gov.cn';
const AUDIENCE = 'coordination-hub';
const claims = { body: '330100', roles: ['OFFICER'] };

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let served: JWK[] = [];
let server: http.Server;
let jwksUrl: string;
const keys: Record<'a' | 'b' | 'c', { privateKey: Key; jwk: JWK }> = {} as never;

function rs256(key: 'a' | 'b' | 'c', extra: { iss?: string; aud?: string | string[] } = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key }).setSubject('idp:user-1').setIssuedAt().setExpirationTime('1h');
  if (extra.iss) jwt.setIssuer(extra.iss);
  if (extra.aud) jwt.setAudience(extra.aud);
  return jwt.sign(keys[key].privateKey);
}

// No file is read or written: the secret, when used, is given.
const ENV = { NODE_ENV: 'test', HUB_DATA_DIR: '/nonexistent/hub-tokens' };

function config(overrides: Partial<HubConfig>): HubConfig {
  return { ...loadConfig(ENV), ...overrides };
}

beforeAll(async () => {
  for (const kid of ['a', 'b', 'c'] as const) {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    keys[kid] = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
  }
  served = [keys.a.jwk];
  server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: served }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('tokens of an identity provider (HUB_JWKS_URL)', () => {
  it('accepts a token signed with a key of the set, issued by the configured issuer for this hub', async () => {
    const verifier = createVerifier(config({ jwksUrl, jwtIssuer: ISSUER, jwtAudience: [AUDIENCE, 'other-name'] }));
    await expect(verifier.verify(await rs256('a', { iss: ISSUER, aud: AUDIENCE }))).resolves.toMatchObject({ sub: 'idp:user-1', body: '330100', roles: ['OFFICER'] });
    // `aud` may list several applications; one of them is this hub.
    await expect(verifier.verify(await rs256('a', { iss: ISSUER, aud: ['portal', 'other-name'] }))).resolves.toMatchObject({ body: '330100' });
  });

  it.each([
    ['for another application', { iss: ISSUER, aud: 'portal' }, /"aud" claim is not accepted/],
    ['without an audience', { iss: ISSUER }, /"aud" claim is not accepted/],
    ['from another issuer', { iss: 'https://other-idp.example.com', aud: AUDIENCE }, /"iss" claim is not accepted/],
    ['without an issuer', { aud: AUDIENCE }, /"iss" claim is not accepted/],
  ])('refuses a token %s', async (_name, extra, message) => {
    const verifier = createVerifier(config({ jwksUrl, jwtIssuer: ISSUER, jwtAudience: [AUDIENCE] }));
    const err = await verifier.verify(await rs256('a', extra)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TokenError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses a key outside the set, and an HS256 token whatever its secret (no algorithm confusion)', async () => {
    const verifier = createVerifier(config({ jwksUrl }));
    await expect(verifier.verify(await rs256('b'))).rejects.toThrow(/signature or format is invalid/);
    const hs = await signToken(TEST_SECRET, { sub: 'x', body: '330100', roles: ['OFFICER'] as never, ttlSeconds: 60 });
    await expect(verifier.verify(hs)).rejects.toThrow(/signature or format is invalid/);
    // Without an issuer or audience configured, neither is checked (the default).
    await expect(verifier.verify(await rs256('a', { iss: 'anyone', aud: 'anything' }))).resolves.toMatchObject({ body: '330100' });
  });

  it('stops accepting a key the provider withdraws once the fetched key set and the verified token have aged', async () => {
    served = [keys.a.jwk];
    const verifier = createVerifier(config({ jwksUrl }), { verifiedTtlMs: 150, jwksMaxAgeMs: 150 });
    const old = await rs256('a');
    await expect(verifier.verify(old)).resolves.toMatchObject({ body: '330100' });
    // Rotated: a withdrawn, c in use. Nothing asks for c first, so only the key set's age makes the hub fetch it again.
    served = [keys.c.jwk];
    await waitFor(() => verifier.verify(old).then(() => false, (e: unknown) => e instanceof TokenError), { timeoutMs: 5_000, what: 'the withdrawn key to be refused' });
    await expect(verifier.verify(await rs256('c'))).resolves.toMatchObject({ body: '330100' });
    served = [keys.a.jwk];
  });
});

describe('tokens signed with the shared secret (HUB_JWT_SECRET)', () => {
  it('with an issuer and audience configured, accepts the hub’s own tokens (which carry them) and refuses others', async () => {
    const cfg = config({ jwtSecret: TEST_SECRET, jwtIssuer: 'https://hub.example.gov.cn', jwtAudience: ['coordination-hub'] });
    const verifier = createVerifier(cfg);
    const own = await signToken(TEST_SECRET, { sub: 's', body: '330100', roles: ['OFFICER'] as never, ttlSeconds: 60 }, { issuer: cfg.jwtIssuer, audience: cfg.jwtAudience });
    await expect(verifier.verify(own)).resolves.toMatchObject({ body: '330100' });
    const bare = await signToken(TEST_SECRET, { sub: 's', body: '330100', roles: ['OFFICER'] as never, ttlSeconds: 60 });
    await expect(verifier.verify(bare)).rejects.toThrow(/"iss" claim is not accepted/);
  });

  it('reads HUB_JWT_ISSUER and a comma-separated HUB_JWT_AUDIENCE; unset, neither is checked', () => {
    expect(loadConfig({ ...ENV, HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: ' coordination-hub, portal ,' })).toMatchObject({ jwtIssuer: ISSUER, jwtAudience: ['coordination-hub', 'portal'] });
    const unset = loadConfig({ ...ENV, HUB_JWT_AUDIENCE: ' ' });
    expect(unset.jwtIssuer).toBeUndefined();
    expect(unset.jwtAudience).toBeUndefined();
  });
});
