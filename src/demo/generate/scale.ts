/** How much `concord demo generate` writes. Large is the benchmark dataset; small (1/100) is for tests. */
export interface Scale {
  name: 'large' | 'small';
  partners: number;
  firstYear: number;
  lastYear: number;
  people: number;
  postsPerPartner: number;
  activitiesPerYear: number;
  iterationsPerActivity: number;
  /** nominations per iteration: min + a uniform draw below spread */
  nominationsMin: number;
  nominationsSpread: number;
  /** one nomination in `auditNominationEvery` carries an audit entry (others came in bulk) */
  auditNominationEvery: number;
  /** dialogue records a year, spread over the partners */
  meetingsPerYear: number;
  /** length of an individual programme, in years: one programme per partner and period */
  programmeYears: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  large: {
    name: 'large',
    partners: 60,
    firstYear: 1995,
    lastYear: 2024,
    people: 100_000,
    postsPerPartner: 20,
    activitiesPerYear: 2_000,
    iterationsPerActivity: 2,
    nominationsMin: 6,
    nominationsSpread: 7,
    auditNominationEvery: 10,
    meetingsPerYear: 7_000,
    programmeYears: 2,
  },
  small: {
    name: 'small',
    partners: 60,
    firstYear: 1995,
    lastYear: 2024,
    people: 1_000,
    postsPerPartner: 2,
    activitiesPerYear: 20,
    iterationsPerActivity: 2,
    nominationsMin: 6,
    nominationsSpread: 7,
    auditNominationEvery: 10,
    meetingsPerYear: 70,
    programmeYears: 2,
  },
};

export function isScaleName(name: string): name is Scale['name'] {
  return name in SCALES;
}
