import 'reflect-metadata';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { startHub } from './server/hub';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const hub = await startHub(config, { log });
  const where = config.dialect === 'postgres' ? 'PostgreSQL' : `SQLite at ${config.sqliteFile}`;
  process.stderr.write(
    [
      '',
      `Coordination Hub ready in ${Date.now() - started} ms on ${where}`,
      `  Web app: http://localhost:${hub.port}/${config.production ? '' : '  (development sign-in included)'}`,
      `  GraphQL (HTTP + WebSocket): ${hub.url}`,
      config.explorer ? `  Explorer: open ${hub.url} in a browser` : '',
      `  Health: http://localhost:${hub.port}/healthz  Readiness: http://localhost:${hub.port}/readyz`,
      '  Token for a body:  npm run --silent hub -- token --body 330100 --role OFFICER',
      '  then send:        Authorization: Bearer <token>',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining connections');
    setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, 15_000); // also keeps the process alive until the drain has finished
    hub.stop().then(
      () => {
        log.info('stopped');
        log.flush(() => process.exit(0));
      },
      (err) => {
        log.error({ err }, 'error while stopping');
        log.flush(() => process.exit(1));
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`Coordination Hub failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (debugLogging()) console.error(err);
  process.exit(1);
});

function debugLogging(): boolean {
  try {
    return loadConfig().logLevel === 'debug';
  } catch {
    return false; // the configuration itself is what failed
  }
}
