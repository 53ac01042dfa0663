import Redis from 'ioredis';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';

/**
 * Cost-based rate limiting, as GitHub and Shopify do: each operation's cost (computed before it
 * runs) is charged to the caller's account and to its body, per fixed one-minute window. An
 * operation refused by the rate limit charges nothing; one refused by the query limits is charged
 * to the caller's account and to the client address as the costliest admitted operation (see the
 * Governor), so an attacker cannot send refusals for free. Budgets live in Redis when it is configured (shared by every
 * instance), in process otherwise.
 */
export interface RateBudget {
  limit: number;
  remaining: number;
  resetAt: number;
}

export interface RateLimiter {
  /** Charges cost to every key; all or nothing. Returns the tightest budget after the charge. */
  charge(keys: { key: string; limit: number }[], cost: number): Promise<{ ok: boolean; budget: RateBudget }>;
  close(): Promise<void>;
}

export const RATE_LIMITED = 'RATE_LIMITED';
const WINDOW_MS = 60_000;

function tightest(budgets: RateBudget[]): RateBudget {
  return budgets.reduce((a, b) => (b.remaining < a.remaining ? b : a));
}

function inProcess(): RateLimiter {
  const windows = new Map<string, { used: number; resetAt: number }>();
  return {
    async charge(keys, cost) {
      const now = Date.now();
      if (windows.size > 100_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      const current = keys.map(({ key, limit }) => {
        let w = windows.get(key);
        if (!w || w.resetAt <= now) windows.set(key, (w = { used: 0, resetAt: now + WINDOW_MS }));
        return { w, limit };
      });
      const ok = current.every(({ w, limit }) => w.used + cost <= limit);
      if (ok) for (const { w } of current) w.used += cost;
      return { ok, budget: tightest(current.map(({ w, limit }) => ({ limit, remaining: Math.max(0, limit - w.used), resetAt: w.resetAt }))) };
    },
    async close() {},
  };
}

// Charges every key atomically; if any would exceed its limit, nothing is charged.
const CHARGE = `
local cost = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local ok = 1
local out = {}
for i, key in ipairs(KEYS) do
  local used = tonumber(redis.call('GET', key) or '0')
  if used + cost > tonumber(ARGV[2 + i]) then ok = 0 end
end
for i, key in ipairs(KEYS) do
  if ok == 1 then
    local v = redis.call('INCRBY', key, cost)
    if v == cost then redis.call('PEXPIRE', key, window) end
  end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then ttl = window end
  table.insert(out, tonumber(redis.call('GET', key) or '0'))
  table.insert(out, ttl)
end
table.insert(out, 1, ok)
return out`;

function inRedis(url: string, prefix: string, log: Logger): RateLimiter {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', (err) => log.warn({ err: err.message }, 'redis error (rate limits)'));
  const fallback = inProcess();
  return {
    async charge(keys, cost) {
      try {
        const res = (await client.eval(CHARGE, keys.length, ...keys.map((k) => `${prefix}:rl:${k.key}`), cost, WINDOW_MS, ...keys.map((k) => k.limit))) as number[];
        const now = Date.now();
        const budgets = keys.map((k, i) => ({ limit: k.limit, remaining: Math.max(0, k.limit - Number(res[1 + i * 2])), resetAt: now + Number(res[2 + i * 2]) }));
        return { ok: res[0] === 1, budget: tightest(budgets) };
      } catch (err) {
        // Redis down: keep serving, with per-instance budgets, rather than failing every request.
        log.warn({ err: (err as Error).message }, 'rate limits fall back to in-process budgets');
        return fallback.charge(keys, cost);
      }
    },
    async close() {
      await client.quit().catch(() => undefined);
    },
  };
}

export function createRateLimiter(redisUrl: string | undefined, prefix: string, log: Logger): RateLimiter {
  return redisUrl ? inRedis(redisUrl, prefix, log) : inProcess();
}

export function rateLimitedError(budget: RateBudget, production: boolean): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil((budget.resetAt - Date.now()) / 1000));
  return new GraphQLError(`Rate limit exceeded: the budget of ${budget.limit} cost points per minute is spent; it resets at ${new Date(budget.resetAt).toISOString()}.`, {
    extensions: { code: RATE_LIMITED, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) }, resetAt: new Date(budget.resetAt).toISOString(), retryAfterSeconds: retryAfter, ...(production ? {} : { limit: budget.limit }) },
  });
}
