import type http from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from '../../src/platform/config';
import { clientAddressOf } from '../../src/server/http';

const request = (remote: string, forwarded?: string) => ({ socket: { remoteAddress: remote }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as http.IncomingMessage;

function addressWith(trust: false | number | string[]) {
  const app = express();
  app.set('trust proxy', trust);
  return clientAddressOf(app);
}

describe('HUB_TRUST_PROXY', () => {
  it('parses off, a hop count and a list; refuses `true`, which would trust a forwarded address from anyone', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => parseTrustProxy('true')).toThrow(/trust a forwarded address from anyone/);
    expect(() => loadConfig({ HUB_TRUST_PROXY: 'TRUE' })).toThrow();
  });

  it('without trusted proxies the socket is the client, whatever X-Forwarded-For claims', () => {
    expect(addressWith(false)(request('10.0.0.5', '203.0.113.1'))).toBe('10.0.0.5');
  });

  it('behind a trusted proxy the client is the first untrusted hop from the nearest; a prefix the client wrote is ignored', () => {
    const address = addressWith(['10.0.0.0/8']);
    expect(address(request('10.0.0.5', '203.0.113.1'))).toBe('203.0.113.1');
    expect(address(request('10.0.0.5', '198.51.100.9, 203.0.113.1'))).toBe('203.0.113.1');
    expect(address(request('10.0.0.5', '198.51.100.9, 203.0.113.1, 10.0.0.7'))).toBe('203.0.113.1');
    // A caller that reaches the hub directly cannot use the header at all.
    expect(address(request('192.0.2.44', '203.0.113.1'))).toBe('192.0.2.44');
    expect(addressWith(1)(request('10.0.0.5', '198.51.100.9, 203.0.113.1'))).toBe('203.0.113.1');
  });
});

describe('HUB_METRICS', () => {
  it('is local by default; token mode needs a token of at least 16 characters; other values are refused', () => {
    expect(loadConfig({}).metrics).toBe('local');
    expect(() => loadConfig({ HUB_METRICS: 'token' })).toThrow(/HUB_METRICS_TOKEN/);
    expect(() => loadConfig({ HUB_METRICS: 'token', HUB_METRICS_TOKEN: 'short' })).toThrow(/16/);
    expect(loadConfig({ HUB_METRICS: 'token', HUB_METRICS_TOKEN: 'a-long-enough-metrics-token' }).metrics).toBe('token');
    expect(() => loadConfig({ HUB_METRICS: 'public' })).toThrow(/off, local or token/);
  });
});
