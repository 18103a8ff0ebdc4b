import { type ChosenActivity, choicesOf, type ItemStatus, type ProgrammeContent } from './content.js';

export interface ReviewInputs {
  content: ProgrammeContent;
  activities: ReadonlyMap<string, { key: string; title: string; area_code: string | null }>;
  /** iterations of the chosen activities (any dates: the period is applied here) */
  iterations: readonly { id: string; activity_id: string; start_date: string; status: string }[];
  /** ATTENDED nominations of the programme's partner, by iteration */
  attended: ReadonlyMap<string, number>;
  feedback: readonly { iteration_id: string; rating: number }[];
  areaNames: ReadonlyMap<string, string>;
}

export interface Tally {
  planned: number;
  held: number;
  attended: number;
}

export interface ActivityLine extends Tally {
  objective_id: string;
  goal_id: string;
  activity_id: string;
  iteration_id: string | null;
  key: string;
  title: string;
  area: string | null;
  priority: number;
  iterations: string[];
}

export interface Review {
  period: { start: string; end: string };
  totals: Tally & { feedback: number; average_rating: number | null };
  areas: (Tally & { code: string; name: string; feedback: number; average_rating: number | null })[];
  objectives: (Tally & {
    id: string;
    title: string;
    area: string | null;
    status: ItemStatus;
    goals: (Tally & { id: string; title: string; area: string | null; status: ItemStatus })[];
  })[];
  activities: ActivityLine[];
}

const NO_AREA = 'none';
const zero = (): Tally => ({ planned: 0, held: 0, attended: 0 });
const add = (t: Tally, line: Tally) => {
  t.planned += line.planned;
  t.held += line.held;
  t.attended += line.attended;
};
const average = (ratings: number[]) =>
  ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null;

/**
 * Implementation of a programme over its period: each chosen activity is planned once; it is held as
 * often as its iterations in the period (the chosen one, or any) were held, and attended by as many
 * of the partner's participants as were marked ATTENDED there.
 */
export function computeReview(input: ReviewInputs): Review {
  const { content } = input;
  const inPeriod = input.iterations.filter(
    (i) => i.start_date >= content.period.start && i.start_date <= content.period.end,
  );
  const iterationsFor = (c: ChosenActivity) =>
    inPeriod.filter((i) => (c.iteration_id ? i.id === c.iteration_id : i.activity_id === c.activity_id));

  const activities: ActivityLine[] = choicesOf(content).map(({ objective, goal, choice }) => {
    const its = iterationsFor(choice);
    const held = its.filter((i) => i.status === 'held');
    const info = input.activities.get(choice.activity_id);
    return {
      objective_id: objective.id,
      goal_id: goal.id,
      activity_id: choice.activity_id,
      iteration_id: choice.iteration_id,
      key: info?.key ?? choice.activity_id,
      title: info?.title ?? choice.activity_id,
      area: goal.area ?? objective.area ?? info?.area_code ?? null,
      priority: choice.priority,
      iterations: its.map((i) => i.id),
      planned: 1,
      held: held.length,
      attended: held.reduce((n, i) => n + (input.attended.get(i.id) ?? 0), 0),
    };
  });

  const areas = new Map<string, Tally & { iterations: Set<string> }>();
  for (const line of activities) {
    const code = line.area ?? NO_AREA;
    const t = areas.get(code) ?? { ...zero(), iterations: new Set<string>() };
    add(t, line);
    for (const i of line.iterations) t.iterations.add(i);
    areas.set(code, t);
  }
  const ratingsOf = (iterations: Set<string>) =>
    input.feedback.filter((f) => iterations.has(f.iteration_id)).map((f) => f.rating);

  const objectives = content.objectives.map((o) => {
    const goals = o.goals.map((g) => {
      const t = zero();
      for (const line of activities) if (line.objective_id === o.id && line.goal_id === g.id) add(t, line);
      return { id: g.id, title: g.title, area: g.area, status: g.status, ...t };
    });
    const t = zero();
    for (const g of goals) add(t, g);
    return { id: o.id, title: o.title, area: o.area, status: o.status, ...t, goals };
  });

  const totals = zero();
  for (const line of activities) add(totals, line);
  const all = new Set(activities.flatMap((l) => l.iterations));
  const ratings = ratingsOf(all);
  return {
    period: content.period,
    totals: { ...totals, feedback: ratings.length, average_rating: average(ratings) },
    areas: [...areas.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { iterations, ...t }]) => {
        const r = ratingsOf(iterations);
        return {
          code,
          name: code === NO_AREA ? 'No area' : (input.areaNames.get(code) ?? code),
          ...t,
          feedback: r.length,
          average_rating: average(r),
        };
      }),
    objectives,
    activities,
  };
}
