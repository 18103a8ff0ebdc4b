import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { DomainError } from '../domain/core/errors.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { feedCreate } from '../schemas/dialogue/feed.schema.js';
import { contextFor } from '../services/core/context.js';
import { withStore } from './output.js';

/** The feeds service loads the report reader and the HTML parser: only when a feeds command runs. */
const feeds = () => import('../services/dialogue/feeds.service.js');

/** `concord feeds add|list|poll`: the news feeds the press desk watches (issue 15). */
export function feedsCommands(): Command {
  const cmd = new Command('feeds').description('News feeds (RSS, Atom) watched for the press desk');
  cmd
    .command('add')
    .description('Watch a feed: its new items become press-desk drafts')
    .argument('<url>', 'the feed’s address')
    .option('--title <title>', 'a name for it (the feed’s own title otherwise)')
    .option('--json', 'print the feed as JSON')
    .action(async (url: string, o: { title?: string; json?: boolean }) => {
      const parsed = feedCreate.safeParse({ url, ...(o.title ? { title: o.title } : {}) });
      if (!parsed.success)
        throw DomainError.field(
          'request.invalid',
          parsed.error.issues[0]?.path.join('.') || 'url',
          parsed.error.issues[0]?.message ?? 'is not valid',
        );
      await withStore(async (store) => {
        const feed = await (await feeds()).addFeed(contextFor(store, SYSTEM_ACTOR), parsed.data);
        if (o.json) console.log(JSON.stringify(feed));
        else console.log(`Watching ${feed.url} as ${feed.id}`);
      });
    });
  cmd
    .command('list')
    .description('The feeds watched, with their last poll')
    .option('--json', 'print them as JSON')
    .action(async (o: { json?: boolean }) =>
      withStore(async (store) => {
        const list = await (await feeds()).getFeeds(contextFor(store, SYSTEM_ACTOR));
        if (o.json) return console.log(JSON.stringify(list));
        if (list.length === 0) return console.log('No feed is watched.');
        for (const f of list)
          console.log(
            `${f.id}  ${f.url}  ${f.title ?? ''}\n    last poll ${f.polled_at ?? 'never'} (${f.last_status ?? '—'}${f.last_error ? `: ${f.last_error}` : ''}), ${f.items} item(s)`,
          );
      }),
    );
  cmd
    .command('poll')
    .description('Poll every feed now (conditional GET); new items become drafts')
    .option('--json', 'print the outcome as JSON')
    .action(async (o: { json?: boolean }) =>
      withStore(async (store) => {
        const intervalMs = loadConfig().FEED_POLL_INTERVAL * 1000 || 1_800_000;
        const { stopReader } = await import('../ingest/read.pool.js');
        try {
          const out = await (await feeds()).pollFeeds(contextFor(store, SYSTEM_ACTOR), {
            intervalMs,
            force: true,
          });
          if (o.json) return console.log(JSON.stringify(out));
          for (const f of out.feeds)
            console.log(
              `${f.url}: ${f.status}, ${f.new_items} new item(s), ${f.drafts_created} new draft(s), ${f.drafts_joined} joined an open draft`,
            );
        } finally {
          // The report reader's worker thread would keep the command alive.
          await stopReader();
        }
      }),
    );
  return cmd;
}
