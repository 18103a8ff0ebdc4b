import type { Gazetteer, GazetteerOrganization, GazetteerPerson } from './gazetteer.js';
import { DEFAULT_PLACES } from './places.js';

/**
 * The people of the seed timeline (domain primer §4.2–4.4), until the gazetteer is loaded from the
 * registry. Identifiers are those of data/demo/people.json, so drafts link to the same records.
 */
export const KNOWN_ORGANIZATIONS: readonly GazetteerOrganization[] = [
  {
    id: 'nato',
    names: [
      'NATO',
      'North Atlantic Treaty Organization',
      'НАТО',
      'Организация Североатлантического договора',
    ],
  },
  { id: 'nato-is', names: ['NATO International Staff', 'Международный секретариат НАТО'] },
  {
    id: 'tj-mfa',
    names: [
      'Ministry of Foreign Affairs of Tajikistan',
      'Tajik MFA',
      'Tajik Foreign Ministry',
      'Foreign Ministry of Tajikistan',
      'МИД Таджикистана',
      'МИД Республики Таджикистан',
      'Министерство иностранных дел Республики Таджикистан',
    ],
  },
  { id: 'tj', names: ['Tajikistan', 'Republic of Tajikistan', 'Таджикистан', 'Республика Таджикистан'] },
];

const SG = 'Secretary General of NATO';
const SPECIAL_REPRESENTATIVE =
  "NATO Secretary General's Special Representative for the Caucasus and Central Asia";
const TJ_FOREIGN_MINISTER = 'Minister of Foreign Affairs of Tajikistan';

export const KNOWN_PEOPLE: readonly GazetteerPerson[] = [
  {
    id: 'hamrokhon-zarifi',
    names: ['Hamrokhon Zarifi', 'Khamrokhon Zarifi', 'Хамрохон Зарифи'],
    posts: [{ label: TJ_FOREIGN_MINISTER, organization: 'tj-mfa', start: '2006-12', end: '2013-11' }],
  },
  {
    id: 'james-appathurai',
    names: ['James Appathurai', 'Джеймс Аппатурай'],
    posts: [{ label: SPECIAL_REPRESENTATIVE, organization: 'nato', start: '2010', end: '2021' }],
  },
  {
    id: 'robert-f-simmons-jr',
    names: ['Robert F. Simmons Jr.', 'Robert Simmons', 'Bob Simmons', 'Роберт Симмонс'],
    posts: [{ label: SPECIAL_REPRESENTATIVE, organization: 'nato', start: '2004-09-15', end: '2010' }],
  },
  {
    id: 'sirojiddin-muhriddin',
    names: [
      'Sirojiddin Muhriddin',
      'Sirojiddin Mukhriddin',
      'Sirojiddin Aslov',
      'Sirodjidin Aslov',
      'Сироджиддин Мухриддин',
      'Сироджиддин Аслов',
      'Сироджидин Аслов',
    ],
    posts: [{ label: TJ_FOREIGN_MINISTER, organization: 'tj-mfa', start: '2013-11-29' }],
  },
  {
    id: 'talbak-nazarov',
    names: ['Talbak Nazarov', 'Талбак Назаров'],
    posts: [{ label: TJ_FOREIGN_MINISTER, organization: 'tj-mfa', end: '2006-12' }],
  },
  {
    id: 'javier-colomina',
    names: ['Javier Colomina', 'Хавьер Коломина'],
    posts: [{ label: SPECIAL_REPRESENTATIVE, organization: 'nato', start: '2021-09', end: '2024-07' }],
  },
  {
    id: 'emomali-rahmon',
    names: [
      'Emomali Rahmon',
      'Emomali Rakhmon',
      'Emomalii Rahmon',
      'Emomali Rahmonov',
      'Emomali Rakhmonov',
      'Imomali Rahmonov',
      'Эмомали Рахмон',
      'Эмомали Рахмонов',
      'Имомали Рахмонов',
    ],
    posts: [{ label: 'President of Tajikistan', organization: 'tj', start: '1994-11' }],
  },
  {
    id: 'george-robertson',
    names: ['George Robertson', 'Lord Robertson', 'Джордж Робертсон'],
    posts: [{ label: SG, organization: 'nato', start: '1999-10-14', end: '2003-12-17' }],
  },
  {
    id: 'jaap-de-hoop-scheffer',
    names: ['Jaap de Hoop Scheffer', 'Яап де Хоп Схеффер'],
    posts: [{ label: SG, organization: 'nato', start: '2004-01-05', end: '2009-07-31' }],
  },
  {
    id: 'anders-fogh-rasmussen',
    names: ['Anders Fogh Rasmussen', 'Андерс Фог Расмуссен'],
    posts: [{ label: SG, organization: 'nato', start: '2009-08-01', end: '2014-09-30' }],
  },
  {
    id: 'jens-stoltenberg',
    names: ['Jens Stoltenberg', 'Йенс Столтенберг'],
    posts: [{ label: SG, organization: 'nato', start: '2014-10-01', end: '2024-09-30' }],
  },
  {
    id: 'mark-rutte',
    names: ['Mark Rutte', 'Марк Рютте'],
    posts: [{ label: SG, organization: 'nato', start: '2024-10-01' }],
  },
];

/** The gazetteer the CLI uses until the registry supplies one; one object, so it is compiled once. */
export const BUILT_IN_GAZETTEER: Gazetteer = {
  people: [...KNOWN_PEOPLE],
  places: [...DEFAULT_PLACES],
  organizations: [...KNOWN_ORGANIZATIONS],
};
