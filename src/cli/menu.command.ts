import type { Command } from 'commander';

/** Commands of the cooperation menu, exercises, nominations and allocation rounds. */
export function menuCommands(): Command[] {
  return [];
}
