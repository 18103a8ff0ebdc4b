import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { closePdfBrowser } from '../services/core/pdf-printer.js';
import { allocateCommand } from './allocate.command.js';
import { auditCommands } from './audit.command.js';
import { backupCommands } from './backup.command.js';
import { dbCommands } from './db.command.js';
import { demoCommands } from './demo.command.js';
import { dialogueCommands } from './dialogue.command.js';
import { feedsCommands } from './feeds.command.js';
import { importCommand } from './import.command.js';
import { ingestCommand } from './ingest.command.js';
import { menuCommands } from './menu.command.js';
import { reportFailure } from './output.js';
import { peopleCommands } from './people.command.js';
import { programmeCommands } from './programmes.command.js';
import { serveCommand } from './serve.command.js';
import { usersCommands } from './users.command.js';

const program = new Command()
  .name('concord')
  .version(pkg.version, '-V, --version', 'print the version of Concord')
  .description('Concord: partnership cooperation between an organization and its partner countries')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nThe database comes from DATABASE_URL: unset → ./data/concord.db, sqlite:///abs/path.db, or postgres://…',
  );

program.addCommand(serveCommand());
program.addCommand(dbCommands());
program.addCommand(demoCommands());
program.addCommand(importCommand());
program.addCommand(ingestCommand());
program.addCommand(feedsCommands());
program.addCommand(allocateCommand());
program.addCommand(usersCommands());
program.addCommand(auditCommands());
for (const command of [
  ...backupCommands(),
  ...menuCommands(),
  ...programmeCommands(),
  ...dialogueCommands(),
  peopleCommands(),
]) {
  program.addCommand(command);
}

/**
 * Usage errors (an unknown option or command, a missing argument) exit 2, as POSIX tools do, so
 * that a script tells a mistyped call from a failure (1); help and --version exit 0.
 */
function usageErrorsExitTwo(command: Command) {
  command.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
  for (const sub of command.commands) usageErrorsExitTwo(sub);
}
usageErrorsExitTwo(program);

program
  .parseAsync(process.argv)
  .then(() => (process.argv[2] === 'serve' ? undefined : closePdfBrowser()))
  .catch(reportFailure);
