import { describe, expect, it } from 'vitest';
import { loadConfig, parseOrigins } from '../../src/platform/config';
import { websocketOriginAllowed } from '../../src/server/origins';

describe('HUB_WS_ORIGINS', () => {
  it('parses a comma-separated list into normalized origins; unset or empty is undefined', () => {
    expect(parseOrigins(' https://hub.example.gov.cn:443 , http://localhost:5173,')).toEqual(['https://hub.example.gov.cn', 'http://localhost:5173']);
    expect(parseOrigins('*')).toEqual(['*']);
    expect(parseOrigins(undefined)).toBeUndefined();
    expect(parseOrigins('  ')).toBeUndefined();
    expect(loadConfig({ HUB_WS_ORIGINS: 'https://a.example' }).wsOrigins).toEqual(['https://a.example']);
  });

  it('refuses what is not an origin at startup', () => {
    for (const bad of ['hub.example.gov.cn', 'https://hub.example.gov.cn/app', 'https://hub.example.gov.cn?x=1', 'file:///etc']) {
      expect(() => parseOrigins(bad), bad).toThrow(/HUB_WS_ORIGINS/);
    }
  });

  it('decides per handshake', () => {
    const req = (origin?: string, host = 'hub.example.gov.cn') => ({ headers: { origin, host } });
    const listed = { production: true, wsOrigins: ['https://hub.example.gov.cn'] };
    expect(websocketOriginAllowed(listed, req('https://hub.example.gov.cn'))).toBe(true);
    expect(websocketOriginAllowed(listed, req('https://other.example'))).toBe(false);
    expect(websocketOriginAllowed(listed, req(undefined))).toBe(true);
    expect(websocketOriginAllowed({ production: false, wsOrigins: ['*'] }, req('https://other.example'))).toBe(true);
    expect(websocketOriginAllowed({ production: false }, req('https://other.example'))).toBe(true);
    expect(websocketOriginAllowed({ production: true }, req('https://hub.example.gov.cn'))).toBe(true);
    expect(websocketOriginAllowed({ production: true }, req('https://other.example'))).toBe(false);
    expect(websocketOriginAllowed({ production: true }, req('not a url'))).toBe(false);
  });
});
