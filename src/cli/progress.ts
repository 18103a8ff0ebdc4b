import cliProgress from 'cli-progress';

/**
 * Progress of a long command on standard error, only when a person watches it (a terminal) and the
 * output is not being read by a program (--json): scripts and logs stay quiet.
 */
export function watching(json: boolean | undefined): boolean {
  return Boolean(process.stderr.isTTY) && !json;
}

/** A bar over the tables of a backup or copy: `backup [====    ] 12/40 tables  meeting`. */
export function tableBar(label: string, show: boolean) {
  const bar = show
    ? new cliProgress.SingleBar({
        stream: process.stderr,
        format: `${label} {bar} {value}/{total} tables  {table}`,
        clearOnComplete: true,
      })
    : null;
  let started = false;
  return {
    onTable(name: string, index: number, of: number) {
      if (!bar) return;
      if (!started) bar.start(of, 0, { table: name });
      started = true;
      bar.update(index, { table: name });
    },
    stop() {
      if (started) bar?.stop();
    },
  };
}

/** A count of rows read so far, rewritten in place: a restore does not know its total in advance. */
export function rowCounter(label: string, show: boolean) {
  let last = 0;
  return {
    onRows(rows: number) {
      if (!show || rows - last < 1000) return;
      last = rows;
      process.stderr.write(`\r${label}: ${rows} rows`);
    },
    stop() {
      if (show && last > 0) process.stderr.write('\n');
    },
  };
}
