import type { Express } from 'express';
import type { Database } from '../platform/database/data-source';
import type { EventRelay } from '../platform/events/relay';

/** Liveness (the process answers) and readiness (the database answers; Redis too when configured). */
export function mountHealth(app: Express, db: Database, relay: EventRelay): void {
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const [database, events] = await Promise.all([
      Promise.race([
        db.dataSource
          .query('SELECT 1')
          .then(() => true)
          .catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]),
      relay.ready(),
    ]);
    res.status(database && events ? 200 : 503).json({ status: database && events ? 'ready' : 'unavailable', database, pubsub: events });
  });
}
