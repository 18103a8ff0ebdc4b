import countries from 'i18n-iso-countries';
import { toInterval } from '../../domain/core/partial-date.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import type { Cell } from '../../store/core/bulk.js';
import { auditCreate, flushAudit, type GenContext, stampIn, write } from './context.js';
import { pad } from './random.js';

/** What the menu generator needs from the registry. */
export interface RegistryFacts {
  partners: { id: string; iso2: string }[];
  providers: string[];
  areas: string[];
  frameworks: string[];
  /** person index → partner index: person i belongs to partner i % partners */
  personId(i: number): string;
  people: number;
}

const ORG_COLUMNS = [
  'id',
  'kind',
  'iso2',
  'parent_id',
  'founding_date',
  'dissolution_date',
  'search',
  'version',
  'created_at',
  'updated_at',
];
const NAME_COLUMNS = [
  'owner_id',
  'position',
  'name',
  'lang',
  'kind',
  'start_date',
  'start_lo',
  'end_date',
  'end_hi',
];
const MEMBERSHIP_COLUMNS = [
  'id',
  'member_id',
  'organization_id',
  'role',
  'end_reason',
  'status',
  'note',
  'start_date',
  'start_lo',
  'start_hi',
  'end_date',
  'end_lo',
  'end_hi',
  'version',
  'created_at',
  'updated_at',
];
const PERSON_COLUMNS = [
  'id',
  'gender',
  'birth_date',
  'nationality',
  'summary',
  'search',
  'version',
  'created_at',
  'updated_at',
];
const POST_COLUMNS = [
  'id',
  'organization_id',
  'label',
  'labels',
  'role',
  'single_holder',
  'start_date',
  'end_date',
  'search',
  'version',
  'created_at',
  'updated_at',
];
const HOLDING_COLUMNS = [
  'id',
  'post_id',
  'person_id',
  'acting',
  'note',
  'start_date',
  'start_lo',
  'start_hi',
  'end_date',
  'end_lo',
  'end_hi',
  'version',
  'created_at',
  'updated_at',
];
const AREA_COLUMNS = ['code', 'names', 'description', 'version', 'created_at', 'updated_at'];

const AREAS: [string, string][] = [
  ['CEP', 'Civil Emergency Planning'],
  ['DEF', 'Defence Policy and Strategy'],
  ['EDU', 'Military Education'],
  ['LNG', 'Language Training'],
  ['BMS', 'Border Security'],
  ['CTR', 'Counter-Terrorism'],
  ['SCI', 'Science for Peace and Security'],
  ['CYB', 'Cyber Defence'],
  ['LOG', 'Logistics'],
  ['MED', 'Military Medicine'],
];

const FIRST = [
  'Aziz',
  'Nodira',
  'Farrukh',
  'Malika',
  'Rustam',
  'Dilnoza',
  'Ivan',
  'Olga',
  'Giorgi',
  'Nino',
  'Armen',
  'Ani',
  'Elif',
  'Mehmet',
  'Anna',
  'Lukas',
  'Marta',
  'Jonas',
  'Sofia',
  'Mateo',
  'Leila',
  'Omar',
  'Amina',
  'Yusuf',
  'Sara',
  'Erik',
  'Ingrid',
  'Pavel',
  'Irina',
  'Daniyar',
  'Aigerim',
  'Bakhtiyor',
  'Zarina',
  'Nikola',
  'Jelena',
  'Tomas',
  'Petra',
  'Ali',
  'Fatima',
  'Kamol',
];
const LAST = [
  'Rahimov',
  'Karimova',
  'Nazarov',
  'Sultanova',
  'Petrov',
  'Ivanova',
  'Beridze',
  'Kapanadze',
  'Harutyunyan',
  'Grigoryan',
  'Yilmaz',
  'Demir',
  'Novak',
  'Horvat',
  'Berg',
  'Lindqvist',
  'Kowalski',
  'Nowak',
  'Aliyev',
  'Mammadova',
  'Nurlanov',
  'Abenova',
  'Tashkentov',
  'Usmonov',
  'Jovanovic',
  'Markovic',
  'Svoboda',
  'Dvorak',
  'Hassan',
  'Mansour',
  'Ben Ali',
  'Haddad',
  'Schmid',
  'Keller',
  'Popescu',
  'Ionescu',
  'Sargsyan',
  'Hakobyan',
  'Safarov',
  'Odinaev',
];
const POSTS = [
  'Minister of Foreign Affairs',
  'Minister of Defence',
  'Chief of General Staff',
  'Ambassador to Belgium',
  'Head of Mission to NATO',
  'Deputy Minister of Foreign Affairs',
  'Deputy Minister of Defence',
  'Head of International Cooperation',
  'Defence Attaché',
  'Director of Emergency Situations',
  'Head of Border Guards',
  'National Armaments Director',
  'Rector of the Military Academy',
  'Head of the Security Council',
  'PfP Point of Contact',
  'Director for Euro-Atlantic Integration',
  'Head of Military Medicine',
  'Chief of Logistics',
  'Cyber Defence Coordinator',
  'Science Programme Coordinator',
];

function orgRow(
  id: string,
  kind: string,
  iso2: string | null,
  names: string[],
  founding: string | null,
  at: string,
): Cell[] {
  return [id, kind, iso2, null, founding, null, foldForSearch([iso2 ?? '', ...names].join(' | ')), 1, at, at];
}

function period(start: string, end: string | null): Cell[] {
  const s = toInterval(start);
  const e = end ? toInterval(end) : null;
  return [start, s.lo, s.hi, end, e?.lo ?? null, e?.hi ?? null];
}

function day(year: number, g: GenContext): string {
  return `${year}-${pad(1 + g.rnd.int(12), 2)}-${pad(1 + g.rnd.int(28), 2)}`;
}

export async function generateRegistry(g: GenContext): Promise<RegistryFacts> {
  const { scale, rnd } = g;
  const setupAt = `${scale.firstYear - 1}-12-01T09:00:00.000Z`;

  const areaRows = AREAS.map(([code, name]) => {
    auditCreate(g, 'area', code, setupAt, { code, names: { en: name } });
    return [code, JSON.stringify({ en: name }), null, 1, setupAt, setupAt] as Cell[];
  });
  await write(g, 'area', AREA_COLUMNS, areaRows);

  // Real countries, drawn by the seed from the ISO list (NATO members' codes are as good as any here).
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (let i = codes.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
  }
  const partners = codes.slice(0, scale.partners).map((iso2) => ({ id: iso2.toLowerCase(), iso2 }));

  const orgs: Cell[][] = [];
  const names: Cell[][] = [];
  const addOrg = (id: string, kind: string, iso2: string | null, name: string, founding: string | null) => {
    orgs.push(orgRow(id, kind, iso2, [name], founding, setupAt));
    names.push([id, 0, name, 'en', 'official', null, null, null, null]);
    auditCreate(g, 'organization', id, setupAt, { id, kind, iso2, name, founding_date: founding });
  };
  addOrg('nato', 'international_organization', null, 'North Atlantic Treaty Organization', '1949-04-04');
  addOrg('eapc', 'framework', null, 'Euro-Atlantic Partnership Council', '1991-12-20');
  addOrg('pfp', 'framework', null, 'Partnership for Peace', '1994-01-10');
  const providers = ['nato', 'nato-school', 'pfp-consortium', 'defence-college', 'coe-cyber'];
  addOrg('nato-school', 'body', null, 'NATO School Oberammergau', '1953');
  addOrg('pfp-consortium', 'body', null, 'PfP Consortium of Defense Academies', '1999');
  addOrg('defence-college', 'body', null, 'NATO Defense College', '1951');
  addOrg('coe-cyber', 'body', null, 'Cooperative Cyber Defence Centre of Excellence', '2008');
  for (const p of partners) {
    addOrg(p.id, 'state', p.iso2, countries.getName(p.iso2, 'en') ?? p.iso2, null);
  }
  await write(g, 'organization', ORG_COLUMNS, orgs);
  await write(g, 'organization_name', NAME_COLUMNS, names);

  const memberships: Cell[][] = [];
  for (const p of partners) {
    const eapcStart = day(1992 + rnd.int(6), g);
    const pfpStart = day(1994 + rnd.int(10), g);
    const leaves = rnd() < 0.1;
    const pfpEnd = leaves ? day(2005 + rnd.int(15), g) : null;
    for (const [org, start, end] of [
      ['eapc', eapcStart, null],
      ['pfp', pfpStart, pfpEnd],
    ] as const) {
      const id = `m-${p.id}-${org}`;
      memberships.push([
        id,
        p.id,
        org,
        'partner',
        end ? 'withdrew' : null,
        'active',
        null,
        ...period(start, end),
        1,
        setupAt,
        setupAt,
      ]);
      auditCreate(g, 'membership', id, setupAt, {
        id,
        member_id: p.id,
        organization_id: org,
        start_date: start,
        end_date: end,
      });
    }
  }
  await write(g, 'membership', MEMBERSHIP_COLUMNS, memberships);
  await flushAudit(g);

  const personId = (i: number) => `p-${pad(i, 6)}`;
  const chunk = 10_000;
  for (let from = 0; from < scale.people; from += chunk) {
    const people: Cell[][] = [];
    const personNames: Cell[][] = [];
    for (let i = from; i < Math.min(scale.people, from + chunk); i++) {
      const partner = partners[i % partners.length] as { iso2: string };
      const female = rnd() < 0.4;
      const first = rnd.pick(FIRST);
      const last = rnd.pick(LAST);
      const name = `${first} ${last}`;
      const at = stampIn(g, scale.firstYear + rnd.int(scale.lastYear - scale.firstYear + 1));
      const birth = `${1950 + rnd.int(50)}-${pad(1 + rnd.int(12), 2)}-${pad(1 + rnd.int(28), 2)}`;
      const id = personId(i);
      people.push([
        id,
        female ? 'female' : 'male',
        birth,
        partner.iso2,
        null,
        foldForSearch(name),
        1,
        at,
        at,
      ]);
      personNames.push([id, 0, name, 'en', 'official', null, null, null, null]);
      auditCreate(g, 'person', id, at, { id, names: [{ name, lang: 'en' }], nationality: partner.iso2 });
    }
    await write(g, 'person', PERSON_COLUMNS, people);
    await write(g, 'person_name', NAME_COLUMNS, personNames);
    await flushAudit(g);
  }

  // Posts of each partner, each held in turn by its nationals for terms of two to five years.
  const posts: Cell[][] = [];
  const holdings: Cell[][] = [];
  partners.forEach((p, pi) => {
    for (let k = 0; k < scale.postsPerPartner; k++) {
      const label = POSTS[k % POSTS.length] as string;
      const id = `post-${p.id}-${pad(k, 3)}`;
      const fullLabel = k < POSTS.length ? label : `${label} ${Math.floor(k / POSTS.length) + 1}`;
      posts.push([
        id,
        p.id,
        fullLabel,
        '{}',
        null,
        1,
        null,
        null,
        foldForSearch(fullLabel),
        1,
        setupAt,
        setupAt,
      ]);
      auditCreate(g, 'post', id, setupAt, { id, organization_id: p.id, label: fullLabel });
      let year = scale.firstYear;
      let term = 0;
      while (year <= scale.lastYear) {
        const length = 2 + rnd.int(4);
        const end = year + length - 1 < scale.lastYear ? `${year + length - 1}` : null;
        // People of partner pi are pi, pi + partners, pi + 2·partners, …
        const holderIndex = pi + partners.length * rnd.int(Math.floor(scale.people / partners.length));
        const hid = `h-${p.id}-${pad(k, 3)}-${pad(term, 2)}`;
        const at = stampIn(g, Math.min(year, scale.lastYear));
        holdings.push([hid, id, personId(holderIndex), 0, null, ...period(`${year}`, end), 1, at, at]);
        auditCreate(g, 'post_holding', hid, at, {
          id: hid,
          post_id: id,
          person_id: personId(holderIndex),
          start_date: `${year}`,
          end_date: end,
        });
        year += length;
        term++;
      }
    }
  });
  await write(g, 'post', POST_COLUMNS, posts);
  await write(g, 'post_holding', HOLDING_COLUMNS, holdings);
  await flushAudit(g);

  return {
    partners,
    providers,
    areas: AREAS.map(([code]) => code),
    frameworks: ['eapc', 'pfp'],
    personId,
    people: scale.people,
  };
}
