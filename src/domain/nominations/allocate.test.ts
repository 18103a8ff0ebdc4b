import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationModel, loadHighs } from '../../../test/support/highs-allocation.js';
import { DomainError } from '../core/errors.js';
import { type Allocation, allocate } from './allocate.js';
import { type Instance, type InstanceInput, parseInstance } from './instance.js';
import { FlowNetwork, minCostFlow } from './min-cost-flow.js';

type Row = [id: string, person: string, partner: string, iteration: string, weight: number];

function instance(iterations: InstanceInput['iterations'], rows: Row[]): Instance {
  return parseInstance({
    iterations,
    nominations: rows.map(([id, person, partner, iteration, weight]) => ({
      id,
      person,
      partner,
      iteration,
      weight,
    })),
  });
}

const reasonOf = (a: Allocation, id: string) => a.decisions.find((d) => d.nomination === id)?.reason;

describe('allocating seats', () => {
  it('fills the seats with the heaviest nominations and says whom the others lost to', () => {
    const a = allocate(
      instance(
        [{ id: 'i1', seats: 2 }],
        [
          ['n1', 'p1', 'TJ', 'i1', 5],
          ['n2', 'p2', 'UZ', 'i1', 4],
          ['n3', 'p3', 'KZ', 'i1', 3],
        ],
      ),
    );
    expect(a.accepted).toEqual(['n1', 'n2']);
    expect(a.objective).toBe(9);
    expect(a.decisions).toEqual([
      { nomination: 'n1', status: 'accepted', reason: 'accepted' },
      { nomination: 'n2', status: 'accepted', reason: 'accepted' },
      {
        nomination: 'n3',
        status: 'waitlisted',
        reason: 'wait-listed: seats full (2) — lower weight than accepted nominations n2, n1',
      },
    ]);
  });

  it('gives a person one seat, the heavier nomination', () => {
    const a = allocate(
      instance(
        [
          { id: 'i1', seats: 5 },
          { id: 'i2', seats: 5 },
        ],
        [
          ['n1', 'p1', 'TJ', 'i1', 3],
          ['n2', 'p1', 'TJ', 'i2', 5],
        ],
      ),
    );
    expect(a.accepted).toEqual(['n2']);
    expect(reasonOf(a, 'n1')).toBe('wait-listed: person p1 got a seat in iteration i2 (higher weight)');
  });

  it('moves a person to a lighter alternative when that frees a seat worth more (not greedy)', () => {
    const a = allocate(
      instance(
        [
          { id: 'i1', seats: 1 },
          { id: 'i2', seats: 1 },
        ],
        [
          ['n1', 'p1', 'TJ', 'i1', 5],
          ['n2', 'p1', 'TJ', 'i2', 4],
          ['n3', 'p2', 'UZ', 'i1', 5],
        ],
      ),
    );
    expect(a.accepted).toEqual(['n2', 'n3']);
    expect(a.objective).toBe(9);
    expect(reasonOf(a, 'n1')).toBe(
      'wait-listed: seats full (1) — same weight as accepted nominations n3; the tie went to spreading seats over partners, then to a fixed order; person p1 got a seat in iteration i2',
    );
  });

  it('maximizes weight, not the number of seats filled', () => {
    const a = allocate(
      instance(
        [
          { id: 'i1', seats: 1 },
          { id: 'i2', seats: 1 },
        ],
        [
          ['n1', 'p1', 'TJ', 'i1', 10],
          ['n2', 'p1', 'TJ', 'i2', 1],
          ['n3', 'p2', 'UZ', 'i1', 1],
        ],
      ),
    );
    expect(a.accepted).toEqual(['n1']);
    expect(a.objective).toBe(10);
  });

  it('keeps to the partner cap of an iteration', () => {
    const a = allocate(
      instance(
        [{ id: 'i1', seats: 3, partner_cap: 1 }],
        [
          ['n1', 'p1', 'TJ', 'i1', 5],
          ['n2', 'p2', 'TJ', 'i1', 4],
          ['n3', 'p3', 'UZ', 'i1', 1],
        ],
      ),
    );
    expect(a.accepted).toEqual(['n1', 'n3']);
    expect(reasonOf(a, 'n2')).toBe('wait-listed: partner cap of 1 reached for TJ in i1');
  });

  it('accepts nothing where there are no seats or the cap is 0', () => {
    const a = allocate(
      instance(
        [
          { id: 'i1', seats: 0 },
          { id: 'i2', seats: 4, partner_cap: 0 },
        ],
        [
          ['n1', 'p1', 'TJ', 'i1', 5],
          ['n2', 'p2', 'TJ', 'i2', 4],
        ],
      ),
    );
    expect(a).toMatchObject({ accepted: [], objective: 0 });
    expect(a.decisions.map((d) => d.reason)).toEqual([
      'wait-listed: seats full (0)',
      'wait-listed: partner cap of 0 reached for TJ in i2',
    ]);
  });

  it('breaks ties by spreading seats over partners', () => {
    const rows: Row[] = [
      ['a1', 'p1', 'TJ', 'i1', 5],
      ['a2', 'p2', 'TJ', 'i1', 5],
      ['a3', 'p3', 'TJ', 'i1', 5],
      ['b1', 'p4', 'UZ', 'i1', 5],
      ['c1', 'p5', 'KZ', 'i1', 5],
    ];
    const a = allocate(instance([{ id: 'i1', seats: 3 }], rows));
    expect(a.objective).toBe(15);
    expect(a.accepted).toContain('b1');
    expect(a.accepted).toContain('c1');
    expect(a.accepted.filter((id) => id.startsWith('a'))).toHaveLength(1);
  });

  it('decides the same whatever the order of the input', () => {
    const iterations = [
      { id: 'i1', seats: 2, partner_cap: 1 },
      { id: 'i2', seats: 1 },
    ];
    const rows: Row[] = [
      ['n1', 'p1', 'TJ', 'i1', 3],
      ['n2', 'p2', 'TJ', 'i1', 3],
      ['n3', 'p3', 'UZ', 'i1', 3],
      ['n4', 'p4', 'UZ', 'i1', 3],
      ['n5', 'p1', 'TJ', 'i2', 3],
      ['n6', 'p3', 'UZ', 'i2', 3],
    ];
    const first = allocate(instance(iterations, rows));
    expect(allocate(instance([...iterations].reverse(), [...rows].reverse()))).toEqual(first);
    expect(allocate(instance(iterations, [...rows.slice(3), ...rows.slice(0, 3)]))).toEqual(first);
  });

  it('allocates an empty round to nothing', () => {
    expect(allocate(instance([], []))).toEqual({ accepted: [], objective: 0, decisions: [] });
    expect(allocate(instance([{ id: 'i1', seats: 3 }], []))).toEqual({
      accepted: [],
      objective: 0,
      decisions: [],
    });
  });
});

describe('reading an instance', () => {
  const nomination = { id: 'n1', person: 'p1', partner: 'TJ', iteration: 'i1', weight: 2 };
  const issuesOf = (json: unknown) => {
    try {
      parseInstance(json);
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('request.invalid');
      return (err as DomainError).issues;
    }
    throw new Error('the instance was accepted');
  };

  it('takes an absent partner cap as no cap', () => {
    const parsed = parseInstance({ iterations: [{ id: 'i1', seats: 1 }], nominations: [nomination] });
    expect(parsed.iterations[0]?.partner_cap).toBeNull();
  });

  it('names the field of each problem', () => {
    expect(
      issuesOf({ iterations: [{ id: 'i1', seats: 1 }], nominations: [{ ...nomination, iteration: 'i9' }] }),
    ).toEqual([{ field: 'nominations[0].iteration', reason: 'unknown iteration "i9"' }]);
    expect(issuesOf({ iterations: [{ id: 'i1', seats: -1, partner_cap: -2 }], nominations: [] })).toEqual([
      { field: 'iterations[0].seats', reason: 'must not be negative' },
      { field: 'iterations[0].partner_cap', reason: 'must not be negative' },
    ]);
    expect(
      issuesOf({
        iterations: [{ id: 'i1', seats: 1 }],
        nominations: [
          { ...nomination, weight: 1.5 },
          { ...nomination, id: 'n2', weight: 0 },
        ],
      }),
    ).toEqual([
      { field: 'nominations[0].weight', reason: 'must be a whole number' },
      { field: 'nominations[1].weight', reason: 'must be positive' },
    ]);
    expect(issuesOf({ iterations: [{ id: 'i1' }], nominations: [] })).toEqual([
      { field: 'iterations[0].seats', reason: 'is required' },
    ]);
    expect(issuesOf([])).toEqual([
      { field: 'instance', reason: 'must be an object with "iterations" and "nominations"' },
    ]);
  });

  it('refuses duplicate ids and a person nominated twice to one iteration', () => {
    const issues = issuesOf({
      iterations: [
        { id: 'i1', seats: 1 },
        { id: 'i1', seats: 2 },
      ],
      nominations: [nomination, { ...nomination, person: 'p2' }, { ...nomination, id: 'n3' }],
    });
    expect(issues).toEqual([
      { field: 'iterations[1].id', reason: 'duplicate iteration id "i1"' },
      { field: 'nominations[1].id', reason: 'duplicate nomination id "n1"' },
      {
        field: 'nominations[2].person',
        reason: 'person "p1" is already nominated to iteration "i1" (nomination "n1")',
      },
    ]);
  });
});

describe('the flow network', () => {
  it('sends a unit only along a path of negative cost', () => {
    const net = new FlowNetwork(3);
    const dear = net.addArc(0, 2, 1, 1);
    const cheap = net.addArc(1, 2, 1, -4);
    const result = minCostFlow(net, [0, 1], 2);
    expect(Array.from(result.flow)).toEqual([0, 1]);
    expect([dear, cheap, result.cost, result.routed]).toEqual([0, 1, -4, 1]);
  });

  it('reroutes earlier units when a later one makes that pay', () => {
    // a → x (−5) or y (−4); b → x (−5) only; x and y hold one unit each.
    const net = new FlowNetwork(5);
    const [a, b, x, y, t] = [0, 1, 2, 3, 4];
    net.addArc(a, x, 1, -5);
    net.addArc(a, y, 1, -4);
    net.addArc(b, x, 1, -5);
    net.addArc(x, t, 1, 0);
    net.addArc(y, t, 1, 0);
    expect(minCostFlow(net, [a, b], t)).toMatchObject({ cost: -9, routed: 2 });
  });
});

describe('optimality against HiGHS', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  const optimum = (input: InstanceInput): number => {
    if (input.nominations.length === 0) return 0;
    const result = highs.solve(allocationModel(input), { output_flag: false });
    expect(result.Status).toBe('Optimal');
    return Math.round(result.ObjectiveValue);
  };

  /** Up to ~40 nominations over a few iterations, partners and persons, weights with many ties. */
  const round: fc.Arbitrary<InstanceInput> = fc
    .record({
      iterations: fc.array(
        fc.record({
          seats: fc.integer({ min: 0, max: 4 }),
          partner_cap: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      nominations: fc.array(
        fc.record({
          person: fc.integer({ min: 0, max: 11 }),
          partner: fc.constantFrom('TJ', 'UZ', 'KZ'),
          iteration: fc.nat(),
          weight: fc.integer({ min: 1, max: 8 }),
        }),
        { maxLength: 40 },
      ),
    })
    .map(({ iterations, nominations }) => {
      const seen = new Set<string>();
      return {
        iterations: iterations.map((it, i) => ({ id: `i${i}`, ...it })),
        nominations: nominations
          .map((n, k) => ({
            ...n,
            id: `n${k}`,
            person: `p${n.person}`,
            iteration: `i${n.iteration % iterations.length}`,
          }))
          .filter((n) => !seen.has(`${n.person} ${n.iteration}`) && seen.add(`${n.person} ${n.iteration}`)),
      };
    });

  it('reaches the optimum of the MILP, with a feasible allocation explained in full', () => {
    fc.assert(
      fc.property(round, fc.infiniteStream(fc.nat()), (input, shuffle) => {
        const result = allocate(parseInstance(input));
        expect(result.objective).toBe(optimum(input));

        const accepted = input.nominations.filter((n) => result.accepted.includes(n.id));
        expect(accepted.reduce((sum, n) => sum + n.weight, 0)).toBe(result.objective);
        const count = (key: (n: (typeof accepted)[number]) => string) => {
          const counts = new Map<string, number>();
          for (const n of accepted) counts.set(key(n), (counts.get(key(n)) ?? 0) + 1);
          return counts;
        };
        for (const c of count((n) => n.person).values()) expect(c).toBe(1);
        for (const [iteration, c] of count((n) => n.iteration)) {
          const it = input.iterations.find((i) => i.id === iteration);
          expect(c).toBeLessThanOrEqual(it?.seats ?? 0);
        }
        for (const [key, c] of count((n) => `${n.iteration} ${n.partner}`)) {
          const cap = input.iterations.find((i) => i.id === key.split(' ')[0])?.partner_cap;
          if (cap !== null && cap !== undefined) expect(c).toBeLessThanOrEqual(cap);
        }
        expect(result.decisions.map((d) => d.nomination)).toEqual(input.nominations.map((n) => n.id).sort());
        for (const d of result.decisions) {
          expect(d.reason).toMatch(
            d.status === 'accepted' ? /^accepted$/ : /^wait-listed: (person|seats|partner)/,
          );
        }

        const draws = shuffle.take(input.nominations.length * 2);
        const shuffled = [...input.nominations];
        for (let k = shuffled.length - 1; k > 0; k--) {
          const j = (draws.next().value ?? 0) % (k + 1);
          [shuffled[k], shuffled[j]] = [
            shuffled[j] as (typeof shuffled)[number],
            shuffled[k] as (typeof shuffled)[number],
          ];
        }
        expect(allocate(parseInstance({ ...input, nominations: shuffled }))).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });

  it('reaches the optimum on a round of a few thousand nominations', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const iterations = Array.from({ length: 60 }, (_, i) => ({
      id: `i${i}`,
      seats: 2 + rnd(10),
      partner_cap: rnd(3) === 0 ? 1 + rnd(3) : null,
    }));
    const nominations: InstanceInput['nominations'] = [];
    for (let p = 0; p < 800; p++) {
      const partner = `P${rnd(12)}`;
      const wanted = new Set(Array.from({ length: 1 + rnd(4) }, () => rnd(60)));
      [...wanted].forEach((i, rank) => {
        nominations.push({
          id: `n${nominations.length}`,
          person: `p${p}`,
          partner,
          iteration: `i${i}`,
          weight: 1 + rnd(6) + 2 * (4 - rank),
        });
      });
    }
    const input = { iterations, nominations };
    expect(allocate(parseInstance(input)).objective).toBe(optimum(input));
  });
});
