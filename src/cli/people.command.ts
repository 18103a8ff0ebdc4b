import { Command, Option } from 'commander';
import { CANDIDATE_STATUSES, type CandidateOut } from '../schemas/dialogue/meeting.schema.js';
import { contextFor } from '../services/core/context.js';
import {
  confirmCandidate,
  getCandidate,
  listCandidates,
  rejectCandidate,
} from '../services/dialogue/person-candidate.service.js';
import { actorOf } from './acting-user.js';
import { withStore } from './output.js';

function line(c: CandidateOut): string {
  const variants = c.names.filter((n) => n !== c.name);
  return [
    c.id.padEnd(36),
    c.status.padEnd(9),
    `${c.meetings} meeting${c.meetings === 1 ? '' : 's'}`.padEnd(11),
    c.name,
    variants.length ? `(also ${variants.join(', ')})` : '',
    c.person_id ? `→ ${c.person_id}` : '',
  ]
    .filter(Boolean)
    .join('  ');
}

/** Draft people met in meetings and press reports: list, confirm into the registry, reject. */
export function peopleCommands(): Command {
  const people = new Command('people').description(
    'People of the registry and their drafts from the dialogue',
  );
  const as = () => new Option('--as <username>', 'act as this account (default: the system)');

  people
    .command('drafts')
    .description('Draft people: names met in meetings that the registry does not know yet')
    .addOption(
      new Option('--status <status>', 'only these (default: draft)').choices([...CANDIDATE_STATUSES, 'all']),
    )
    .option('--json', 'print JSON')
    .addOption(as())
    .action(async (o: { status?: string; json?: boolean; as?: string }) =>
      withStore(async (store) => {
        const status = o.status === 'all' ? undefined : ((o.status ?? 'draft') as CandidateOut['status']);
        const page = await listCandidates(contextFor(store, await actorOf(store, o.as)), { status });
        if (o.json) return console.log(JSON.stringify(page));
        console.log(page.items.map(line).join('\n') || 'no draft people');
      }),
    );

  people
    .command('confirm')
    .description('Confirm a draft: as a new registry person, or linked to an existing one (--person)')
    .argument('<candidate-id>')
    .option('--person <id>', 'the registry person the draft is')
    .addOption(as())
    .option('--json', 'print {created, person, participants} as JSON')
    .action(async (id: string, o: { person?: string; as?: string; json?: boolean }) =>
      withStore(async (store) => {
        const ctx = contextFor(store, await actorOf(store, o.as));
        // The CLI reads and confirms at once: the version is the one just read.
        const draft = await getCandidate(ctx, id);
        const out = await confirmCandidate(ctx, id, o.person ? { person_id: o.person } : {}, draft.version);
        if (o.json) return console.log(JSON.stringify(out));
        console.log(
          `${out.created ? 'created' : 'linked to'} ${out.person.id} (${out.person.name}); ${out.participants} participation(s) re-pointed`,
        );
      }),
    );

  people
    .command('reject')
    .description('Reject a draft: the name is not a person worth keeping; meetings keep it as text')
    .argument('<candidate-id>')
    .addOption(as())
    .option('--json', 'print the rejected draft as JSON')
    .action(async (id: string, o: { as?: string; json?: boolean }) =>
      withStore(async (store) => {
        const ctx = contextFor(store, await actorOf(store, o.as));
        const draft = await getCandidate(ctx, id);
        const rejected = await rejectCandidate(ctx, id, draft.version);
        console.log(o.json ? JSON.stringify(rejected) : line(rejected));
      }),
    );
  return people;
}
