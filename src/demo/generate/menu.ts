import { foldForSearch } from '../../domain/core/search-text.js';
import type { Cell } from '../../store/core/bulk.js';
import { auditCreate, flushAudit, type GenContext, stampIn, write } from './context.js';
import { pad } from './random.js';
import type { RegistryFacts } from './registry.js';

const ACTIVITY_COLUMNS = [
  'id',
  'key',
  'provider_id',
  'title',
  'description',
  'area_code',
  'event_type',
  'eligibility',
  'eligibility_framework_id',
  'eligible_partners',
  'languages',
  'clearance',
  'fee',
  'contact',
  'marking',
  'releasable_to',
  'illustrative',
  'search',
  'version',
  'created_at',
  'updated_at',
];
const ITERATION_COLUMNS = [
  'id',
  'activity_id',
  'start_date',
  'end_date',
  'city',
  'country_id',
  'venue',
  'seats',
  'deadline',
  'status',
  'version',
  'created_at',
  'updated_at',
];
const NOMINATION_COLUMNS = [
  'id',
  'iteration_id',
  'person_id',
  'partner_id',
  'priority',
  'rank',
  'status',
  'reason',
  'round_id',
  'note',
  'version',
  'created_at',
  'updated_at',
];

const EVENT_TYPES = ['course', 'seminar', 'workshop', 'conference', 'exercise', 'training'];
const SUBJECTS = [
  'Crisis Management',
  'Disaster Response',
  'Defence Planning',
  'Border Control',
  'Cyber Incident Handling',
  'English for Staff Officers',
  'Logistics Planning',
  'Medical Evacuation',
  'Counter-IED Awareness',
  'Strategic Communications',
  'Gender Perspectives in Operations',
  'Building Integrity',
  'Maritime Security',
  'Peace Support Operations',
  'CBRN Defence',
];
const LEVELS = ['Introduction to', 'Advanced', 'Senior Course on', 'Workshop on', 'Exercise in'];
const CITIES: [string, string][] = [
  ['Oberammergau', 'DE'],
  ['Rome', 'IT'],
  ['Tallinn', 'EE'],
  ['Brussels', 'BE'],
  ['Ankara', 'TR'],
  ['Garmisch', 'DE'],
  ['Vienna', 'AT'],
  ['Dushanbe', 'TJ'],
];
const STATUSES = [
  'ACCEPTED',
  'ACCEPTED',
  'ACCEPTED',
  'DECLINED',
  'WAITLISTED',
  'ATTENDED',
  'ATTENDED',
  'NEEDS-ACTION',
];

export interface MenuCounts {
  activities: number;
  iterations: number;
  nominations: number;
}

/** Activities of every year, their iterations, and nominations of partners' people to them. */
export async function generateMenu(g: GenContext, reg: RegistryFacts): Promise<MenuCounts> {
  const { scale, rnd } = g;
  const partnersOf = reg.partners.length;
  const counts: MenuCounts = { activities: 0, iterations: 0, nominations: 0 };
  let n = 0;
  for (let year = scale.firstYear; year <= scale.lastYear; year++) {
    const activities: Cell[][] = [];
    const iterations: Cell[][] = [];
    const nominations: Cell[][] = [];
    for (let a = 0; a < scale.activitiesPerYear; a++) {
      const id = `a-${year}-${pad(a, 4)}`;
      const key = `ACT.${year}${pad(a, 4)}`;
      const title = `${rnd.pick(LEVELS)} ${rnd.pick(SUBJECTS)}`;
      const area = rnd.pick(reg.areas);
      const eventType = rnd.pick(EVENT_TYPES);
      const framework = rnd() < 0.7 ? rnd.pick(reg.frameworks) : null;
      const restricted = rnd() < 0.1;
      const at = stampIn(g, year);
      activities.push([
        id,
        key,
        rnd.pick(reg.providers),
        title,
        null,
        area,
        eventType,
        framework ? 'framework' : 'all_partners',
        framework,
        '[]',
        JSON.stringify(rnd() < 0.2 ? ['en', 'fr'] : ['en']),
        null,
        null,
        null,
        restricted ? 'partners' : 'public',
        '[]',
        1,
        foldForSearch(`${key} ${title}`),
        1,
        at,
        at,
      ]);
      auditCreate(g, 'activity', id, at, { id, key, title, area_code: area, event_type: eventType });
      for (let i = 0; i < scale.iterationsPerActivity; i++) {
        const iid = `${id}-${i + 1}`;
        const month = 1 + rnd.int(12);
        const start = `${year}-${pad(month, 2)}-${pad(1 + rnd.int(24), 2)}`;
        const end = `${year}-${pad(month, 2)}-${pad(Math.min(28, Number(start.slice(8)) + 4), 2)}`;
        const [city, country] = rnd.pick(CITIES);
        const seats = 10 + rnd.int(21);
        iterations.push([
          iid,
          id,
          start,
          end,
          city,
          null,
          null,
          seats,
          null,
          year < scale.lastYear ? 'completed' : 'open',
          1,
          at,
          at,
        ]);
        auditCreate(g, 'iteration', iid, at, {
          id: iid,
          activity_id: id,
          start_date: start,
          city,
          country,
          seats,
        });
        // Distinct people: consecutive positions of a walk with a step coprime with the population.
        const wanted = scale.nominationsMin + rnd.int(scale.nominationsSpread);
        const base = rnd.int(reg.people);
        for (let k = 0; k < wanted; k++) {
          const person = (base + k * 7919) % reg.people;
          const partner = reg.partners[person % partnersOf] as { id: string };
          const nid = `n-${pad(n++, 7)}`;
          const status = year < scale.lastYear ? rnd.pick(STATUSES) : 'NEEDS-ACTION';
          nominations.push([
            nid,
            iid,
            reg.personId(person),
            partner.id,
            1 + rnd.int(5),
            1 + (k % 3),
            status,
            null,
            null,
            null,
            1,
            at,
            at,
          ]);
          if (n % scale.auditNominationEvery === 0) {
            auditCreate(g, 'nomination', nid, at, {
              id: nid,
              iteration_id: iid,
              person_id: reg.personId(person),
              status,
            });
          }
        }
      }
    }
    await write(g, 'activity', ACTIVITY_COLUMNS, activities);
    await write(g, 'iteration', ITERATION_COLUMNS, iterations);
    await write(g, 'nomination', NOMINATION_COLUMNS, nominations);
    await flushAudit(g);
    counts.activities += activities.length;
    counts.iterations += iterations.length;
    counts.nominations += nominations.length;
  }
  return counts;
}
