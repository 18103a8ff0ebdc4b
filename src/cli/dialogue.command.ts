import type { Command } from 'commander';

/** Commands of dialogue records, follow-ups and the briefing pack. */
export function dialogueCommands(): Command[] {
  return [];
}
