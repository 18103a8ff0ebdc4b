import { Command } from 'commander';
import { costlyRates, demoWanted, loadConfig } from '../config.js';
import { demoInUse, isEmpty, loadDemo } from '../demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import {
  lastBackupAge,
  migrateWithBackup,
  scheduleBackups,
} from '../services/exchange/scheduled-backup.service.js';
import { loadSigningKey, signingKeyPath } from '../services/trust/audit-checkpoint.service.js';
import { openStore, refreshStatistics } from '../store/core/db.js';
import { durabilityWarnings } from '../store/core/durability.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Serve the web app and the API on PORT; migrates first. With --demo (never when NODE_ENV=production), loads the demo data into an empty database',
    )
    .option('-p, --port <port>', 'port (default: PORT or 4000)')
    .option('--demo', 'load the demo data (published passwords) into an empty database')
    .action(async (options: { port?: string; demo?: boolean }) => {
      const config = loadConfig({ PORT: options.port });
      const store = openStore(config.DATABASE_URL);
      const migrated = await migrateWithBackup(store, config.BACKUP_DIR);
      if (migrated.backup) console.log(`Backed up to ${migrated.backup} (verified) before migrating.`);
      if (migrated.applied.length) console.log(`Migrated: ${migrated.applied.join(', ')}`);
      const ctx = contextFor(store, SYSTEM_ACTOR);
      const wanted = demoWanted(config, options.demo);
      if (options.demo && !wanted) console.log('NODE_ENV=production: the demo data is never loaded.');
      if (wanted && (await isEmpty(ctx))) {
        const counts = await loadDemo(ctx);
        console.log(
          `Empty database: loaded the demo data (${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')})`,
        );
      }
      const demo = await demoInUse(ctx);
      // The HTTP stack loads only for `serve`, so that every other command (and --help) starts quickly.
      const { buildServer } = await import('../api/server.js');
      const interval = config.BACKUP_INTERVAL;
      const app = await buildServer({
        store,
        logger: { level: config.LOG_LEVEL },
        demo,
        responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
        ...(config.AUDIT_CHECKPOINT_DIR
          ? {
              checkpoints: {
                dir: config.AUDIT_CHECKPOINT_DIR,
                key: loadSigningKey(signingKeyPath(config)),
                every: config.AUDIT_CHECKPOINT_EVERY,
                intervalMs: config.AUDIT_CHECKPOINT_MINUTES * 60_000,
              },
            }
          : {}),
        mail: {
          ...(config.SMTP_URL ? { smtpUrl: config.SMTP_URL } : {}),
          from: config.MAIL_FROM,
          intervalMs: config.MAIL_POLL_SECONDS * 1000,
        },
        ...(config.TRUST_PROXY !== undefined ? { trustProxy: config.TRUST_PROXY } : {}),
        ...(config.FEED_POLL_INTERVAL ? { feedPollIntervalMs: config.FEED_POLL_INTERVAL * 1000 } : {}),
        signInRate: { max: config.SIGNIN_PER_IP_MAX, windowMs: config.SIGNIN_PER_IP_MINUTES * 60_000 },
        costlyRates: costlyRates(config),
        ...(interval ? { lastBackupAge: async () => lastBackupAge(config.BACKUP_DIR) } : {}),
      });
      const stopBackups = interval
        ? scheduleBackups(store, {
            dir: config.BACKUP_DIR,
            intervalMs: interval * 1000,
            keep: config.BACKUP_KEEP,
            log: { info: (m) => app.log.info(m), error: (m) => app.log.error(m) },
          })
        : () => {};
      // A long-lived connection refreshes the planner's statistics now and then (cheap when little changed).
      const statistics = setInterval(() => refreshStatistics(store.sqlite), 60 * 60_000);
      statistics.unref();
      // The press desk's feeds are polled by the server itself (issue 15), as the system.
      const { scheduleFeedPolls } = await import('../services/dialogue/feeds.service.js');
      const stopFeeds = config.FEED_POLL_INTERVAL
        ? scheduleFeedPolls(ctx, config.FEED_POLL_INTERVAL * 1000, { error: (m) => app.log.error(m) })
        : () => {};
      const close = async () => {
        clearInterval(statistics);
        stopBackups();
        stopFeeds();
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      for (const warning of await durabilityWarnings(store)) app.log.warn(`DURABILITY: ${warning}`);
      if (demo)
        app.log.warn('DEMO: demo accounts sign in with the published password; do not use in production');
      await app.listen({ port: config.PORT, host: config.HOST });
      console.log(
        `Concord is serving ${store.dialect} ${store.location} at http://localhost:${config.PORT} (API docs: /api/docs)`,
      );
    });
}
