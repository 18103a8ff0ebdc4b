import type { ActivityCreate } from '../../schemas/menu/menu.schema.js';
import type { Ctx } from '../../services/core/context.js';
import { today } from '../../services/core/today.js';
import { createActivity } from '../../services/menu/menu.service.js';
import { createIteration, updateIteration } from '../../services/menu/menu-iteration.service.js';
import { applyRound, proposeRound } from '../../services/nominations/allocation-round.service.js';
import { createNomination, decideNomination } from '../../services/nominations/nomination.service.js';

/**
 * The demo menu: a few hundred illustrative activities (not real NATO entries) generated from a
 * fixed seed, so that every load gives the same menu; Tajikistan's PfP exercises with the seed's
 * three focus areas (illustrative titles and dates); nominations from Tajikistan and Kazakhstan
 * including one oversubscribed iteration decided by an allocation round.
 */
const PROVIDERS: [string, string][] = [
  ['nato-school-oberammergau', 'NSO'],
  ['shape', 'SHAPE'],
  ['nato-is', 'IS'],
  ['shape-pcc', 'PCC'],
  ['bg', 'BG'],
  ['cz', 'CZ'],
  ['ro', 'RO'],
  ['hu', 'HU'],
  ['ch', 'CH'],
  ['at', 'AT'],
  ['se', 'SE'],
  ['fi', 'FI'],
];
const AREAS: [string, string][] = [
  ['ACD', 'arms control and non-proliferation'],
  ['BSC', 'border security and control'],
  ['C3', 'consultation, command and control'],
  ['CEP', 'civil emergency planning'],
  ['CRM', 'crisis management'],
  ['DPB', 'defence planning and budgeting'],
  ['DPS', 'defence policy and strategy'],
  ['LT', 'language training'],
  ['SSR', 'security sector reform'],
  ['PUB', 'public diplomacy'],
  ['CT', 'combating terrorism'],
  ['PKO', 'peace-support operations'],
  ['CIMIC', 'civil–military cooperation'],
];
const TYPES = [
  'course',
  'course',
  'seminar',
  'workshop',
  'conference',
  'mobile_training_team',
  'evaluation',
] as const;
const CITIES: [string, string][] = [
  ['Oberammergau', 'de'],
  ['Sofia', 'bg'],
  ['Vyškov', 'cz'],
  ['Bucharest', 'ro'],
  ['Budapest', 'hu'],
  ['Geneva', 'ch'],
  ['Vienna', 'at'],
  ['Stockholm', 'se'],
  ['Helsinki', 'fi'],
  ['Dushanbe', 'tj'],
  ['Almaty', 'kz'],
];
const FOCUS = ['command and control', 'civil emergency planning', 'civil–military cooperation'];
const ACTIVITIES = 240;

/** mulberry32: a small seeded generator, enough for demo data. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plus = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

export async function loadMenuDemo(ctx: Ctx): Promise<Record<string, number>> {
  const known = new Set((await ctx.db.selectFrom('organization').select('id').execute()).map((o) => o.id));
  if (!known.has('tj')) return {};
  const rnd = seeded(2011_06_23);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const providers = PROVIDERS.filter(([id]) => known.has(id));
  const counts = { activities: 0, iterations: 0, exercises: 0, nominations: 0, allocation_rounds: 0 };
  const open: { id: string; start: string; deadline: string }[] = [];

  for (let n = 1; n <= ACTIVITIES; n++) {
    const [providerId, prefix] = providers[n % providers.length] as [string, string];
    const [area, topic] = pick(AREAS);
    const type = pick(TYPES);
    const eligibility = rnd() < 0.7 ? 'all_partners' : rnd() < 0.5 ? 'framework' : 'as_approved';
    const input: ActivityCreate = {
      key: `${prefix}.${100 + n}`,
      provider_id: providerId,
      title: `Illustrative ${type.replaceAll('_', ' ')} on ${topic} (demo ${n})`,
      description: 'Illustrative demo entry generated for Concord; not a real menu item.',
      area_code: known.has('pfp') || area ? area : null,
      event_type: type,
      eligibility,
      eligibility_framework_id: eligibility === 'framework' && known.has('pfp') ? 'pfp' : null,
      eligible_partners: [],
      languages: rnd() < 0.3 ? ['en', 'ru'] : ['en'],
      clearance: rnd() < 0.2 ? 'NATO UNCLASSIFIED' : null,
      fee: rnd() < 0.3 ? 'no fee' : null,
      contact: `${prefix.toLowerCase()}-menu@example.org`,
      marking: 'public',
      releasable_to: [],
      illustrative: true,
    };
    if (input.eligibility === 'framework' && !input.eligibility_framework_id)
      input.eligibility = 'all_partners';
    const activity = await createActivity(ctx, input);
    counts.activities++;
    const iterations = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < iterations; k++) {
      const start = iso(
        new Date(Date.UTC(2010 + Math.floor(rnd() * 4), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27))),
      );
      const [city, country] = pick(CITIES);
      const status = rnd() < 0.05 ? 'cancelled' : 'held';
      const it = await createIteration(ctx, {
        activity_id: activity.id,
        start_date: start,
        end_date: plus(start, 2 + Math.floor(rnd() * 10)),
        city,
        country_id: known.has(country) ? country : null,
        venue: null,
        seats: 10 + Math.floor(rnd() * 30),
        deadline: plus(start, -45),
        status: n <= 6 && k === 0 ? 'open' : status,
        partner_cap: null,
      });
      counts.iterations++;
      if (n <= 6 && k === 0) open.push({ id: it.id, start, deadline: plus(start, -45) });
    }
    // A few iterations still to come, whatever the day the demo is loaded, so that nominating can be
    // tried in the app (the historical ones are past their deadlines).
    if (n > 6 && n <= 12) {
      const start = plus(today(), 30 * (n - 4));
      const [city, country] = pick(CITIES);
      await createIteration(ctx, {
        activity_id: activity.id,
        start_date: start,
        end_date: plus(start, 4),
        city,
        country_id: known.has(country) ? country : null,
        venue: null,
        seats: n === 7 ? 3 : 20,
        deadline: plus(start, -21),
        status: 'open',
        partner_cap: n === 7 ? 2 : null,
      });
      counts.iterations++;
    }
  }

  counts.exercises = await loadExercises(ctx, known);
  const nominations = await loadNominations(ctx, open, known);
  counts.nominations = nominations.count;
  counts.allocation_rounds = nominations.rounds;
  return counts;
}

/** Tajikistan's PfP exercises, hosted and joined (illustrative: titles and dates are not sourced). */
async function loadExercises(ctx: Ctx, known: Set<string>): Promise<number> {
  const provider = known.has('shape-pcc') ? 'shape-pcc' : 'nato';
  const list: { year: number; host: string; focus: string[]; city: string; month: number }[] = [
    { year: 2010, host: 'tj', focus: [FOCUS[1] as string], city: 'Dushanbe', month: 9 },
    { year: 2011, host: 'kz', focus: [FOCUS[0] as string, FOCUS[2] as string], city: 'Almaty', month: 8 },
    { year: 2012, host: 'tj', focus: [...FOCUS], city: 'Dushanbe', month: 6 },
    { year: 2013, host: 'kg', focus: [FOCUS[1] as string, FOCUS[2] as string], city: 'Bishkek', month: 5 },
  ];
  let count = 0;
  for (const [i, e] of list.entries()) {
    if (!known.has(e.host)) continue;
    const activity = await createActivity(ctx, {
      key: `PCC.EX${e.year}`,
      provider_id: provider,
      title: `Illustrative PfP exercise ${e.year}: ${e.focus.join(', ')}`,
      description:
        'Illustrative PfP exercise for the demo; participation requires a government decision in each case.',
      area_code: e.focus.includes('civil emergency planning') ? 'CEP' : 'C3',
      event_type: 'exercise',
      eligibility: 'as_approved',
      eligibility_framework_id: null,
      eligible_partners: [],
      languages: ['en', 'ru'],
      clearance: null,
      fee: null,
      contact: null,
      marking: 'public',
      releasable_to: [],
      illustrative: true,
    });
    const start = `${e.year}-${String(e.month).padStart(2, '0')}-1${i}`;
    const nations = [e.host, 'tj', 'kz', 'kg', 'uz', 'us']
      .filter((id, k, all) => known.has(id) && all.indexOf(id) === k)
      .map((id) => ({
        nation_id: id,
        role: id === e.host ? ('host' as const) : ('participant' as const),
        government_decision_required: id !== e.host,
        units: id === 'tj' ? ['Illustrative rescue company (Committee of Emergency Situations)'] : [],
      }));
    await createIteration(ctx, {
      activity_id: activity.id,
      start_date: start,
      end_date: plus(start, 9),
      city: e.city,
      country_id: e.host,
      venue: null,
      seats: 200,
      deadline: null,
      status: 'held',
      partner_cap: null,
      exercise: { focus: e.focus, scenario: null, nations },
    });
    count++;
  }
  return count;
}

/**
 * Tajik and Kazakh nominations to the first open iterations, made on their deadline's eve; the
 * first iteration is oversubscribed and decided by an allocation round, the others one by one.
 */
async function loadNominations(ctx: Ctx, open: { id: string; deadline: string }[], known: Set<string>) {
  const partners = ['tj', 'kz'].filter((p) => known.has(p));
  let count = 0;
  let rounds = 0;
  for (const [i, it] of open.entries()) {
    const made: { id: string; version: number }[] = [];
    const many = i === 0 ? 8 : 2;
    for (const partner of partners) {
      for (let k = 1; k <= many; k++) {
        const n = await createNomination(
          ctx,
          {
            iteration_id: it.id,
            partner_id: partner,
            person_name: `Illustrative Nominee ${partner.toUpperCase()}-${i + 1}.${k}`,
            priority: Math.min(k, 9),
            rank: 1,
          },
          { asOf: plus(it.deadline, -1) },
        );
        made.push(n);
        count++;
      }
    }
    if (i === 0) {
      // 16 nominations for few seats: the seats are allocated by a round, the rest wait-listed.
      const current = await ctx.db
        .selectFrom('iteration')
        .select('version')
        .where('id', '=', it.id)
        .executeTakeFirstOrThrow();
      await updateIteration(ctx, it.id, { seats: 6, partner_cap: 4, version: current.version });
      const round = await proposeRound(ctx, { iteration_ids: [it.id] });
      await applyRound(ctx, round.id, round.version);
      rounds++;
    } else {
      const [first, second] = made;
      if (first) await decideNomination(ctx, first.id, { status: 'ACCEPTED', version: first.version });
      if (second)
        await decideNomination(ctx, second.id, {
          status: i % 2 ? 'WAITLISTED' : 'DECLINED',
          version: second.version,
        });
    }
  }
  return { count, rounds };
}
