import type { Command } from 'commander';

/** Commands of individual programmes. */
export function programmeCommands(): Command[] {
  return [];
}
