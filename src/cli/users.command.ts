import { Command, Option } from 'commander';
import { DomainError } from '../domain/core/errors.js';
import { ROLES, SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { LOCALES, userCreate } from '../schemas/trust/account.schema.js';
import { contextFor } from '../services/core/context.js';
import { createUser, listUsers, resetPassword, setDisabled } from '../services/trust/account.service.js';
import { parseOptions } from './options.js';
import { withStore } from './output.js';

async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function usersCommands(): Command {
  const users = new Command('users').description('Accounts: add, disable, enable, reset a password, list');
  users
    .command('add')
    .description('Add an account (the first one is usually the administrator); prints a generated password')
    .argument('<username>')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option(
      '--organization <id>',
      'the country (ISO code or id) of a partner official, the organization of a provider',
    )
    .option('--name <display name>', 'name shown in the app')
    .option('--email <address>', 'where notifications (tasks assigned, reminders) are sent')
    .addOption(new Option('--locale <lang>', 'the language of those notifications').choices(LOCALES))
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--json', 'print {username, role, organization_id, password} (password only when generated)')
    .action(
      async (
        username: string,
        o: {
          role: string;
          organization?: string;
          name?: string;
          email?: string;
          locale?: string;
          passwordStdin?: boolean;
          json?: boolean;
        },
      ) => {
        const input = parseOptions(
          userCreate,
          {
            username,
            role: o.role,
            organization_id: o.organization,
            display_name: o.name,
            email: o.email,
            locale: o.locale,
            password: o.passwordStdin ? await readPasswordFromStdin() : undefined,
          },
          {
            username: 'username',
            organization_id: '--organization',
            display_name: '--name',
            password: 'password',
          },
        );
        const { user, password } = await withStore((store) =>
          createUser(contextFor(store, SYSTEM_ACTOR), input),
        );
        if (o.json) {
          const out = { username: user.username, role: user.role, organization_id: user.organization_id };
          console.log(JSON.stringify(o.passwordStdin ? out : { ...out, password }));
          return;
        }
        console.log(
          `Added ${user.username} (${user.role}${user.organization_id ? `, ${user.organization_id}` : ''}).`,
        );
        if (!o.passwordStdin) console.log(`Password: ${password}`);
      },
    );
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(name)
      .description(disabled ? 'Disable an account and end its sessions' : 'Enable a disabled account')
      .argument('<username>')
      .option('--json', 'print {username, disabled}')
      .action(async (username: string, o: { json?: boolean }) => {
        await withStore((store) => setDisabled(contextFor(store, SYSTEM_ACTOR), username, disabled));
        if (o.json) console.log(JSON.stringify({ username, disabled }));
        else console.log(`${username} ${disabled ? 'disabled' : 'enabled'}.`);
      });
  }
  users
    .command('reset')
    .description('Set a new password (generated unless --password-stdin) and end the account’s sessions')
    .argument('<username>')
    .option('--email <address>', 'where notifications (tasks assigned, reminders) are sent')
    .addOption(new Option('--locale <lang>', 'the language of those notifications').choices(LOCALES))
    .option('--password-stdin', 'read the new password from standard input')
    .option('--json', 'print {username, password} (password only when generated)')
    .action(async (username: string, o: { passwordStdin?: boolean; json?: boolean }) => {
      const given = o.passwordStdin ? await readPasswordFromStdin() : undefined;
      if (given !== undefined && given.length < 12) {
        throw DomainError.field('request.invalid', 'password', 'must be at least 12 characters');
      }
      const password = await withStore((store) =>
        resetPassword(contextFor(store, SYSTEM_ACTOR), username, given),
      );
      if (o.json) console.log(JSON.stringify(given ? { username } : { username, password }));
      else
        console.log(given ? `Password of ${username} changed.` : `New password of ${username}: ${password}`);
    });
  users
    .command('list')
    .description('List the accounts')
    .option('--json', 'print the accounts as a JSON array')
    .action(async (o: { json?: boolean }) => {
      const list = await withStore((store) => listUsers(contextFor(store, SYSTEM_ACTOR)));
      if (o.json) {
        console.log(JSON.stringify(list));
        return;
      }
      for (const u of list) {
        console.log(
          `${u.username}\t${u.role}\t${u.organization_id ?? '-'}\t${u.disabled ? 'disabled' : 'active'}`,
        );
      }
    });
  return users;
}
