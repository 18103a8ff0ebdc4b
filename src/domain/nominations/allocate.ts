// biome-ignore-all lint/style/noNonNullAssertion: indexes into typed arrays are in range by construction
import type { Instance, Iteration } from './instance.js';
import { FlowNetwork, minCostFlow } from './min-cost-flow.js';

export interface Decision {
  nomination: string;
  status: 'accepted' | 'waitlisted';
  reason: string;
}

export interface Allocation {
  /** Accepted nomination ids, sorted. */
  accepted: string[];
  /** Total weight of the accepted nominations: the greatest any allocation reaches. */
  objective: number;
  /** One per nomination, sorted by nomination id. */
  decisions: Decision[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Decides a round of nominations at once: the accepted set of greatest total weight, given that a
 * person takes at most one seat, each iteration has its seats and each partner its cap per iteration.
 *
 * It is a min-cost flow, person → (iteration, partner) → iteration → sink, with one arc per nomination
 * costing minus its weight. Among allocations of equal weight it prefers those spreading an iteration's
 * seats over partners: the k-th seat of one partner in one iteration costs k more, on a scale where all
 * of that together stays below one unit of weight, so that the weight stays exactly optimal. What ties
 * remain go the same way for the same instance whatever its order, because everything is numbered
 * from the nominations sorted by id.
 */
export function allocate(instance: Instance): Allocation {
  const round = readRound(instance);
  const taken = solve(round);
  const accepted: string[] = [];
  let objective = 0;
  for (let m = 0; m < taken.length; m++) {
    if (!taken[m]) continue;
    accepted.push(round.id[m] as string);
    objective += round.weight[m]!;
  }
  return { accepted, objective, decisions: explain(round, taken) };
}

/**
 * The round in flat arrays, read once from the nomination objects (scattered in memory, slow to
 * revisit). Nomination m is the m-th by id; iterations are numbered in id order, persons and partners
 * in order of first appearance. The nominations of one partner to one iteration form a group, the
 * unit of the partner cap and of spreading.
 */
interface Round {
  iterations: Iteration[];
  id: string[];
  weight: Float64Array;
  iterationOf: Int32Array;
  personOf: Int32Array;
  partnerOf: Int32Array;
  persons: string[];
  partners: string[];
  /** Nominations by iteration, then partner, then id: group g is `members[groupStart[g]] …`. */
  members: Int32Array;
  groupStart: Int32Array;
  groupOf: Int32Array;
  /** The nominations to iteration i are `members[iterationStart[i]] …`. */
  iterationStart: Int32Array;
  /** Seats a group can take at most: its size, the partner cap and the iteration's seats. */
  room: Int32Array;
}

function readRound(instance: Instance): Round {
  const iterations = [...instance.iterations].sort((a, b) => byCodeUnit(a.id, b.id));
  const iterationIndex = new Map(iterations.map((it, i) => [it.id, i]));
  const count = instance.nominations.length;
  const ids: string[] = new Array(count);
  const persons: string[] = new Array(count);
  const partners: string[] = new Array(count);
  const weights = new Float64Array(count);
  const iterationsOf = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const n = instance.nominations[k] as Instance['nominations'][number];
    ids[k] = n.id;
    persons[k] = n.person;
    partners[k] = n.partner;
    weights[k] = n.weight;
    const i = iterationIndex.get(n.iteration);
    if (i === undefined) throw new RangeError(`nomination ${n.id}: unknown iteration "${n.iteration}"`);
    iterationsOf[k] = i;
  }

  const order = sortedOrder(ids);
  const id: string[] = new Array(count);
  const weight = new Float64Array(count);
  const iterationOf = new Int32Array(count);
  const personNames: string[] = new Array(count);
  const partnerNames: string[] = new Array(count);
  for (let m = 0; m < count; m++) {
    const k = order[m]!;
    id[m] = ids[k] as string;
    weight[m] = weights[k]!;
    iterationOf[m] = iterationsOf[k]!;
    personNames[m] = persons[k] as string;
    partnerNames[m] = partners[k] as string;
  }
  const person = intern(personNames);
  const partner = intern(partnerNames);

  const identity = new Int32Array(count).map((_, m) => m);
  const members = countingSort(
    iterationOf,
    iterations.length,
    countingSort(partner.of, partner.names.length, identity),
  );
  const iterationStart = new Int32Array(iterations.length + 1);
  for (let m = 0; m < count; m++) iterationStart[iterationOf[m]! + 1]!++;
  for (let i = 0; i < iterations.length; i++) iterationStart[i + 1]! += iterationStart[i]!;
  const groupOf = new Int32Array(count);
  const starts: number[] = [];
  for (let k = 0; k < count; k++) {
    const m = members[k]!;
    const previous = k > 0 ? members[k - 1]! : -1;
    if (previous < 0 || iterationOf[previous] !== iterationOf[m] || partner.of[previous] !== partner.of[m]) {
      starts.push(k);
    }
    groupOf[m] = starts.length - 1;
  }
  starts.push(count);
  const groupStart = Int32Array.from(starts);
  const room = new Int32Array(starts.length - 1);
  for (let g = 0; g < room.length; g++) {
    const size = groupStart[g + 1]! - groupStart[g]!;
    const it = iterations[iterationOf[members[groupStart[g]!]!]!] as Iteration;
    const held = it.partner_seated?.[partner.names[partner.of[members[groupStart[g]!]!]!] as string] ?? 0;
    room[g] = Math.max(0, Math.min(size, it.partner_cap === null ? size : it.partner_cap - held, it.seats));
  }
  return {
    iterations,
    id,
    weight,
    iterationOf,
    personOf: person.of,
    partnerOf: partner.of,
    persons: person.names,
    partners: partner.names,
    members,
    groupStart,
    groupOf,
    iterationStart,
    room,
  };
}

/** Whether each nomination is accepted, in the allocation of greatest weight. */
function solve(round: Round): Uint8Array {
  const { iterations, room, members, groupStart, weight, iterationOf, personOf } = round;
  let heaviest = 0;
  for (let m = 0; m < weight.length; m++) heaviest = Math.max(heaviest, weight[m]!);
  // The spreading term of any allocation stays below `scale`, one unit of weight. It is dropped when
  // scaled costs, summed along paths and into potentials, could outgrow the integers a double holds
  // exactly (with room to spare: potentials drift a little with each person routed).
  let spreadCost = 0;
  for (let g = 0; g < room.length; g++) spreadCost += (room[g]! * (room[g]! - 1)) / 2;
  const spread = 4 * (spreadCost + 1) * (heaviest + 1) * (weight.length + 1) < Number.MAX_SAFE_INTEGER;
  const scale = spread ? spreadCost + 1 : 1;

  const order = personOrder(round);
  const personNode = new Int32Array(order.length);
  for (let node = 0; node < order.length; node++) personNode[order[node]!] = node;
  const size = (g: number) => groupStart[g + 1]! - groupStart[g]!;
  const needsNode = (g: number) => room[g]! > 0 && size(g) >= 2 && (spread || room[g]! < size(g));
  let groupNodes = 0;
  for (let g = 0; g < room.length; g++) if (needsNode(g)) groupNodes++;
  const firstIteration = order.length + groupNodes;
  const sink = firstIteration + iterations.length;
  const net = new FlowNetwork(sink + 1, order.length + 2 * weight.length + iterations.length);

  // Staying without a seat costs nothing: a person's unit takes a nomination only if it pays.
  for (let node = 0; node < order.length; node++) net.addArc(node, sink, 1, 0);
  const arcOf = new Int32Array(weight.length).fill(-1);
  let groupNode = order.length;
  for (let g = 0; g < room.length; g++) {
    if (room[g] === 0) continue;
    const iterationNode = firstIteration + iterationOf[members[groupStart[g]!]!]!;
    const target = needsNode(g) ? groupNode++ : iterationNode;
    for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) {
      const m = members[k]!;
      arcOf[m] = net.addArc(personNode[personOf[m]!]!, target, 1, -weight[m]! * scale);
    }
    if (target === iterationNode) continue;
    if (spread) for (let seat = 0; seat < room[g]!; seat++) net.addArc(target, iterationNode, 1, seat);
    else net.addArc(target, iterationNode, room[g]!, 0);
  }
  iterations.forEach((it, i) => {
    if (it.seats > 0) net.addArc(firstIteration + i, sink, it.seats, 0);
  });

  const sources = new Int32Array(order.length).map((_, node) => node);
  const { flow } = minCostFlow(net, sources, sink);
  const taken = new Uint8Array(weight.length);
  for (let m = 0; m < taken.length; m++) taken[m] = arcOf[m]! >= 0 && flow[arcOf[m]!]! > 0 ? 1 : 0;
  return taken;
}

/**
 * Persons, those with the heaviest nomination first: they are routed first and are then seldom moved
 * again, which keeps the later shortest-path searches small. Ties in the order persons are numbered.
 */
function personOrder({ persons, personOf, weight }: Round): Int32Array {
  const best = new Float64Array(persons.length);
  for (let m = 0; m < weight.length; m++) {
    const p = personOf[m]!;
    if (weight[m]! > best[p]!) best[p] = weight[m]!;
  }
  return Int32Array.from(persons.map((_, p) => p).sort((a, b) => best[b]! - best[a]! || a - b));
}

/** A reason for every decision, from the facts of the result: what held a wait-listed nomination back. */
function explain(round: Round, taken: Uint8Array): Decision[] {
  const { id, weight, iterations, iterationOf, personOf, groupOf, members, iterationStart } = round;
  const held = new Int32Array(round.persons.length).fill(-1);
  const seated = new Int32Array(iterations.length);
  const groupTaken = new Int32Array(round.room.length);
  for (let m = 0; m < taken.length; m++) {
    if (!taken[m]) continue;
    held[personOf[m]!] = m;
    seated[iterationOf[m]!]!++;
    groupTaken[groupOf[m]!]!++;
  }
  const acceptedIn = (i: number): number[] => {
    const list: number[] = [];
    for (let k = iterationStart[i]!; k < iterationStart[i + 1]!; k++)
      if (taken[members[k]!]) list.push(members[k]!);
    return list.sort((a, b) => weight[a]! - weight[b]! || a - b);
  };
  const ids = (list: readonly number[], shown = 3) => {
    const named = list.slice(0, shown).map((m) => id[m]);
    return list.length > shown ? `${named.join(', ')} and ${list.length - shown} more` : named.join(', ');
  };
  // Whom a nomination lost to in a full iteration depends only on its weight: worked out once. Null
  // when some accepted nomination is lighter.
  const beaten = new Map<number, Map<number, string | null>>();
  const beatenBy = (i: number, w: number): string | null => {
    let byWeight = beaten.get(i);
    if (!byWeight) {
      byWeight = new Map();
      beaten.set(i, byWeight);
    }
    let words = byWeight.get(w);
    if (words === undefined) {
      const accepted = acceptedIn(i);
      const lightest = accepted.length > 0 ? weight[accepted[0]!]! : w;
      const tied = accepted.filter((a) => weight[a] === w);
      words =
        lightest < w
          ? null
          : lightest > w
            ? ` — lower weight than accepted nominations ${ids(accepted)}`
            : tied.length > 0
              ? ` — same weight as accepted nominations ${ids(tied)}; the tie went to spreading seats over partners, then to a fixed order`
              : '';
      byWeight.set(w, words);
    }
    return words;
  };

  return id.map((nomination, m): Decision => {
    if (taken[m]) return { nomination, status: 'accepted', reason: 'accepted' };
    return { nomination, status: 'waitlisted', reason: `wait-listed: ${whyNot(m)}` };
  });

  function whyNot(m: number): string {
    const i = iterationOf[m]!;
    const it = iterations[i] as Iteration;
    const person = round.persons[personOf[m]!];
    const seat = held[personOf[m]!]!;
    const seatIn = seat >= 0 ? (iterations[iterationOf[seat]!] as Iteration).id : '';
    if (seat >= 0 && weight[seat]! >= weight[m]!) {
      return `person ${person} got a seat in iteration ${seatIn} (${weight[seat]! > weight[m]! ? 'higher' : 'same'} weight)`;
    }
    const elsewhere = seat >= 0 ? `; person ${person} got a seat in iteration ${seatIn}` : '';
    const partnerHeld = it.partner_seated?.[round.partners[round.partnerOf[m]!] as string] ?? 0;
    if (it.partner_cap !== null && groupTaken[groupOf[m]!]! + partnerHeld >= it.partner_cap) {
      return `partner cap of ${it.partner_cap} reached for ${round.partners[round.partnerOf[m]!]} in ${it.id}${elsewhere}`;
    }
    if (seated[i]! >= it.seats) {
      const words = beatenBy(i, weight[m]!);
      // Lighter accepted nominations beat only a person with a seat elsewhere: moving them here would
      // displace someone whose loss outweighs the gain.
      return words === null && seat >= 0
        ? `seats full (${it.seats}); person ${person} got a seat in iteration ${seatIn}, and moving them here would lower the total weight`
        : `seats full (${it.seats})${words ?? ''}${elsewhere}`;
    }
    // Optimality rules this out: a free seat would have gone to a person without a better one.
    return `not in the allocation of greatest total weight${elsewhere}`;
  }
}

/** Positions of `ids` in id order; input already in that order costs one pass. */
function sortedOrder(ids: readonly string[]): number[] {
  const order = ids.map((_, k) => k);
  for (let k = 1; k < ids.length; k++) {
    if ((ids[k - 1] as string) > (ids[k] as string))
      return order.sort((a, b) => byCodeUnit(ids[a]!, ids[b]!));
  }
  return order;
}

/** Each value as a number, in order of first appearance, and the values so numbered. */
function intern(values: readonly string[]): { of: Int32Array; names: string[] } {
  const seen = new Map<string, number>();
  const of = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as string;
    let index = seen.get(v);
    if (index === undefined) {
      index = seen.size;
      seen.set(v, index);
    }
    of[k] = index;
  }
  return { of, names: [...seen.keys()] };
}

/** `order` stably sorted by `key[·]`, keys being in [0, keys). */
function countingSort(key: Int32Array, keys: number, order: Int32Array): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let k = 0; k < order.length; k++) start[key[order[k]!]! + 1]!++;
  for (let v = 0; v < keys; v++) start[v + 1]! += start[v]!;
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) sorted[start[key[order[k]!]!]!++] = order[k]!;
  return sorted;
}
