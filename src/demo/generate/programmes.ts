import {
  contentHash,
  contentOf,
  type Objective,
  type ProgrammeContent,
  type ProgrammeKind,
} from '../../domain/programmes/content.js';
import type { ProgrammeStatus } from '../../domain/programmes/lifecycle.js';
import type { Cell } from '../../store/core/bulk.js';
import { auditCreate, flushAudit, type GenContext, stampIn, write } from './context.js';
import { pad } from './random.js';
import type { RegistryFacts } from './registry.js';

const PROGRAMME_COLUMNS = [
  'id',
  'partner_id',
  'kind',
  'title',
  'start_date',
  'end_date',
  'status',
  'content_version',
  'agreed_version',
  'amendment_version',
  'organization_signoff',
  'partner_signoff',
  'amendment_organization_signoff',
  'amendment_partner_signoff',
  'renewed_from',
  'marking',
  'releasable_to',
  'illustrative',
  'note',
  'version',
  'created_at',
  'updated_at',
];
const VERSION_COLUMNS = [
  'id',
  'programme_id',
  'number',
  'purpose',
  'hash',
  'snapshot',
  'author_id',
  'created_at',
];

const OBJECTIVES = [
  'Interoperability of the forces declared to the partnership pool',
  'Democratic control of the armed forces',
  'Border security and management',
  'Civil emergency preparedness',
  'Professional military education',
  'Resilience against cyber threats',
];
const GOALS = [
  'Trained staff officers',
  'English proficiency of key personnel',
  'A national crisis management plan',
  'Participation in partnership exercises',
  'A reformed defence budget process',
  'Certified instructors',
];

export interface ProgrammeCounts {
  programmes: number;
  versions: number;
}

/**
 * One individual programme per partner and period over the whole range: past ones completed, the
 * current one agreed or in implementation. Each has its agreed content version, signed by both sides
 * on the hash the programme service computes, with objectives choosing activities of the menu.
 */
export async function generateProgrammes(g: GenContext, reg: RegistryFacts): Promise<ProgrammeCounts> {
  const { scale, rnd } = g;
  const programmes: Cell[][] = [];
  const versions: Cell[][] = [];
  const span = scale.programmeYears;
  for (const partner of reg.partners) {
    let previous: string | null = null;
    for (let year = scale.firstYear; year <= scale.lastYear; year += span) {
      const lastYear = year + span - 1;
      const current = lastYear >= scale.lastYear;
      const r = rnd();
      const kind: ProgrammeKind = r < 0.85 ? 'IPP' : r < 0.95 ? 'IPCP' : 'ITPP';
      const id = `${partner.id}-${kind}-${year}`.toLowerCase();
      const start = `${year}-01-01`;
      const end = `${lastYear}-12-31`;
      const objectives: Objective[] = [];
      const objectiveCount = 2 + rnd.int(2);
      for (let o = 1; o <= objectiveCount; o++) {
        const goals = [];
        const goalCount = 1 + rnd.int(2);
        for (let k = 1; k <= goalCount; k++) {
          const chosen = 1 + rnd.int(3);
          const activities = [];
          const seen = new Set<string>();
          for (let c = 0; c < chosen; c++) {
            const activityYear = year + rnd.int(span);
            const activityId = `a-${activityYear}-${pad(rnd.int(scale.activitiesPerYear), 4)}`;
            if (seen.has(activityId)) continue;
            seen.add(activityId);
            const iteration =
              rnd() < 0.5 ? `${activityId}-${1 + rnd.int(scale.iterationsPerActivity)}` : null;
            activities.push({ activity_id: activityId, iteration_id: iteration, priority: 1 + rnd.int(3) });
          }
          goals.push({
            id: `o${o}-g${k}`,
            title: rnd.pick(GOALS),
            area: rnd() < 0.7 ? rnd.pick(reg.areas) : null,
            status: current ? ('open' as const) : ('completed' as const),
            activities,
          });
        }
        objectives.push({
          id: `o${o}`,
          title: rnd.pick(OBJECTIVES),
          area: rnd.pick(reg.areas),
          status: current ? 'open' : 'completed',
          goals,
        });
      }
      const content: ProgrammeContent = contentOf({ kind, period: { start, end }, objectives });
      const hash = contentHash(content);
      const status: ProgrammeStatus = current
        ? rnd() < 0.5
          ? 'jointly_agreed'
          : 'in_implementation'
        : 'completed';
      // Drafted and signed the autumn before the period starts.
      const at = stampIn(g, year - 1);
      const signoff = JSON.stringify({ hash, version: 1, by: g.actorId, at });
      const title = `${kind} ${partner.id} ${year}–${lastYear}`;
      programmes.push([
        id,
        partner.id,
        kind,
        title,
        start,
        end,
        status,
        1,
        1,
        null,
        signoff,
        signoff,
        null,
        null,
        previous,
        'partners',
        JSON.stringify([partner.id]),
        1,
        null,
        1,
        at,
        at,
      ]);
      versions.push([`${id}-v1`, id, 1, 'draft', hash, JSON.stringify(content), g.actorId, at]);
      auditCreate(g, 'programme', id, at, {
        id,
        partner_id: partner.id,
        kind,
        title,
        status,
        period: content.period,
        hash,
      });
      previous = id;
    }
  }
  await write(g, 'programme', PROGRAMME_COLUMNS, programmes);
  await write(g, 'programme_version', VERSION_COLUMNS, versions);
  await flushAudit(g);
  return { programmes: programmes.length, versions: versions.length };
}
