// Preloaded into the benchmarked `concord serve` (node --import): measures how long the event loop
// was held, without touching the product. The bench asks over the IPC channel: 'reset' before a run,
// 'read' after it, answered with the delay's p99 and maximum in milliseconds.
import { monitorEventLoopDelay } from 'node:perf_hooks';

// 5 ms sampling: a request that holds the loop for 20 ms or more shows as a delay of that size.
const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('message', (message) => {
  if (message === 'reset') {
    histogram.reset();
    process.send?.({ reset: true });
  } else if (message === 'read') {
    process.send?.({
      p99_ms: Math.round(histogram.percentile(99) / 1e4) / 100,
      max_ms: Math.round(histogram.max / 1e4) / 100,
    });
  }
});
// The channel must not keep the server alive, nor stop it from exiting on SIGTERM.
process.channel?.unref();
