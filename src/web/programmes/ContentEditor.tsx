import { Button, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../core/api/client.js';
import { errorUnder, fieldError } from '../core/api/field-errors.js';
import { ErrorNotice, RouterAnchor } from '../core/components/common.js';
import { type ActivityOut, activityQuery } from '../menu/api.js';
import { type Content, type Goal, type Objective, PROGRAMME_KINDS, type ProgrammeKind } from './api.js';
import { type GoalTarget, MenuPicker } from './MenuPicker.js';
import { newItemId, useAreaOptions } from './ui.js';

/** What the editor sends: the whole signed content. */
export interface ContentDraft {
  kind: ProgrammeKind;
  start_date: string;
  end_date: string;
  objectives: Objective[];
}

export function draftOf(content: Content): ContentDraft {
  return {
    kind: content.kind as ProgrammeKind,
    start_date: content.period.start,
    end_date: content.period.end,
    objectives: content.objectives,
  };
}

/** The draft in the API's input shape (statuses narrowed to what it accepts). */
export function inputOf(draft: ContentDraft) {
  return {
    kind: draft.kind,
    start_date: draft.start_date,
    end_date: draft.end_date,
    objectives: draft.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      area: o.area || null,
      status: o.status as 'open' | 'completed',
      goals: o.goals.map((g) => ({
        id: g.id,
        title: g.title,
        area: g.area || null,
        status: g.status as 'open' | 'completed',
        activities: g.activities.map((a) => ({
          activity_id: a.activity_id,
          iteration_id: a.iteration_id,
          priority: a.priority,
        })),
      })),
    })),
  };
}

const same = (a: ContentDraft, b: ContentDraft) => JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

const PRIORITIES = [1, 2, 3] as const;

/**
 * The objectives tree (objectives → partnership goals → chosen activities) with the menu beside it.
 * What is typed stays in the editor whatever the save answers; only the API's reasons are added.
 */
export function ContentEditor({
  initial,
  partnerId,
  partnerName,
  saveLabel,
  saving,
  error,
  onSave,
  onCancel,
  notice,
}: {
  initial: Content;
  partnerId: string;
  partnerName: string;
  saveLabel: string;
  saving: boolean;
  error: unknown;
  onSave: (draft: ContentDraft) => void;
  onCancel?: () => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const areas = useAreaOptions();
  const [draft, setDraft] = useState<ContentDraft>(() => draftOf(initial));
  const dirty = !same(draft, draftOf(initial));
  const chosenIds = [
    ...new Set(
      draft.objectives.flatMap((o) => o.goals.flatMap((g) => g.activities.map((a) => a.activity_id))),
    ),
  ];
  const activities = useQueries({
    queries: chosenIds.map(activityQuery),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : []))),
  });

  const setObjectives = (change: (objectives: Objective[]) => Objective[]) =>
    setDraft((d) => ({ ...d, objectives: change(d.objectives) }));
  const setObjective = (i: number, change: (o: Objective) => Objective) =>
    setObjectives((os) => os.map((o, n) => (n === i ? change(o) : o)));
  const setGoal = (i: number, j: number, change: (g: Goal) => Goal) =>
    setObjective(i, (o) => ({ ...o, goals: o.goals.map((g, n) => (n === j ? change(g) : g)) }));

  const addObjective = () =>
    setObjectives((os) => [
      ...os,
      { id: newItemId('objective'), title: '', area: null, status: 'open', goals: [] },
    ]);
  const addGoal = (i: number) =>
    setObjective(i, (o) => ({
      ...o,
      goals: [...o.goals, { id: newItemId('goal'), title: '', area: o.area, status: 'open', activities: [] }],
    }));
  const addActivity = (goalKey: string, activity: ActivityOut) => {
    client.setQueryData(activityQuery(activity.id).queryKey, activity);
    const [i, j] = goalKey.split('/').map(Number) as [number, number];
    setGoal(i, j, (g) =>
      g.activities.some((a) => a.activity_id === activity.id)
        ? g
        : {
            ...g,
            activities: [...g.activities, { activity_id: activity.id, iteration_id: null, priority: 2 }],
          },
    );
  };

  const targets: GoalTarget[] = draft.objectives.flatMap((o, i) =>
    o.goals.map((g, j) => ({
      key: `${i}/${j}`,
      label: `${i + 1}.${j + 1} ${g.title || t('programmes.editor.untitled')}`,
    })),
  );
  const err = (field: string) => fieldError(error, field);
  const shown = (field: string) =>
    ['kind', 'start_date', 'end_date', 'objectives'].includes(field) || /^objectives\[/.test(field);
  const unshown =
    error !== null &&
    error !== undefined &&
    (!(error instanceof ApiError) || error.errors.length === 0 || error.errors.some((e) => !shown(e.field)));
  const areaData = [{ value: '', label: t('programmes.editor.noArea') }, ...areas];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <form
          aria-labelledby={id}
          onSubmit={(e) => {
            e.preventDefault();
            onSave(draft);
          }}
        >
          <Stack gap="md">
            <Title order={2} size="h3" id={id}>
              {t('programmes.editor.title')}
            </Title>
            {notice}
            <Group align="flex-start">
              <NativeSelect
                label={t('programmes.fields.kind')}
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as ProgrammeKind })}
                data={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
                error={err('kind')}
              />
              <TextInput
                type="date"
                label={t('programmes.fields.start')}
                value={draft.start_date}
                onChange={(e) => setDraft({ ...draft, start_date: e.currentTarget.value })}
                error={err('start_date')}
              />
              <TextInput
                type="date"
                label={t('programmes.fields.end')}
                value={draft.end_date}
                onChange={(e) => setDraft({ ...draft, end_date: e.currentTarget.value })}
                error={err('end_date')}
              />
            </Group>
            {draft.objectives.length === 0 && <Text c="dimmed">{t('programmes.editor.empty')}</Text>}
            {draft.objectives.map((o, i) => (
              <Paper key={o.id} withBorder p="sm" component="fieldset" className="programme-objective">
                <legend>
                  <Text fw={700}>{t('programmes.editor.objectiveN', { n: i + 1 })}</Text>
                </legend>
                <Stack gap="xs">
                  <Group align="flex-start" wrap="nowrap">
                    <TextInput
                      label={t('programmes.editor.objectiveTitle', { n: i + 1 })}
                      value={o.title}
                      onChange={(e) => {
                        const title = e.currentTarget.value;
                        setObjective(i, (x) => ({ ...x, title }));
                      }}
                      error={err(`objectives[${i}].title`) ?? err(`objectives[${i}].id`)}
                      required
                      style={{ flex: 1 }}
                    />
                    <NativeSelect
                      label={t('programmes.editor.objectiveArea', { n: i + 1 })}
                      value={o.area ?? ''}
                      onChange={(e) => {
                        const area = e.currentTarget.value || null;
                        setObjective(i, (x) => ({ ...x, area }));
                      }}
                      data={areaData}
                      error={err(`objectives[${i}].area`)}
                      w={220}
                    />
                  </Group>
                  {o.goals.map((g, j) => {
                    const n = `${i + 1}.${j + 1}`;
                    const at = `objectives[${i}].goals[${j}]`;
                    return (
                      <Paper key={g.id} withBorder p="sm" ml="lg" bg="gray.0">
                        <Stack gap="xs">
                          <Group align="flex-start" wrap="nowrap">
                            <TextInput
                              label={t('programmes.editor.goalTitle', { n })}
                              value={g.title}
                              onChange={(e) => {
                                const title = e.currentTarget.value;
                                setGoal(i, j, (x) => ({ ...x, title }));
                              }}
                              error={err(`${at}.title`) ?? err(`${at}.id`)}
                              required
                              style={{ flex: 1 }}
                            />
                            <NativeSelect
                              label={t('programmes.editor.goalArea', { n })}
                              value={g.area ?? ''}
                              onChange={(e) => {
                                const area = e.currentTarget.value || null;
                                setGoal(i, j, (x) => ({ ...x, area }));
                              }}
                              data={areaData}
                              error={err(`${at}.area`)}
                              w={220}
                            />
                          </Group>
                          {g.activities.length === 0 ? (
                            <Text size="sm" c="dimmed">
                              {t('programmes.editor.noActivity')}
                            </Text>
                          ) : (
                            <ul
                              className="programme-activities"
                              aria-label={t('programmes.editor.activitiesOf', { n })}
                            >
                              {g.activities.map((a, k) => {
                                const activity = activities.get(a.activity_id);
                                const name = activity ? `${activity.key} ${activity.title}` : a.activity_id;
                                const problem = errorUnder(error, `${at}.activities[${k}]`);
                                return (
                                  <li key={a.activity_id}>
                                    <Group gap="sm" wrap="nowrap" align="flex-end">
                                      <Stack gap={0} style={{ flex: 1 }}>
                                        <RouterAnchor
                                          to={`/menu/activities/${encodeURIComponent(a.activity_id)}`}
                                        >
                                          {name}
                                        </RouterAnchor>
                                        {problem && (
                                          <Text size="sm" c="red.9">
                                            {problem}
                                          </Text>
                                        )}
                                      </Stack>
                                      <NativeSelect
                                        size="xs"
                                        label={t('programmes.editor.priorityOf', {
                                          activity: activity?.key ?? a.activity_id,
                                        })}
                                        value={String(a.priority)}
                                        onChange={(e) => {
                                          const priority = Number(e.currentTarget.value);
                                          setGoal(i, j, (x) => ({
                                            ...x,
                                            activities: x.activities.map((y, m) =>
                                              m === k ? { ...y, priority } : y,
                                            ),
                                          }));
                                        }}
                                        data={PRIORITIES.map((p) => ({
                                          value: String(p),
                                          label: t(`programmes.priority.${p}`),
                                        }))}
                                      />
                                      <Button
                                        size="xs"
                                        variant="default"
                                        aria-label={t('programmes.editor.removeActivityNamed', {
                                          activity: name,
                                        })}
                                        onClick={() =>
                                          setGoal(i, j, (x) => ({
                                            ...x,
                                            activities: x.activities.filter((_, m) => m !== k),
                                          }))
                                        }
                                      >
                                        {t('programmes.editor.remove')}
                                      </Button>
                                    </Group>
                                  </li>
                                );
                              })}
                            </ul>
                          )}
                          <Group justify="flex-end">
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() =>
                                setObjective(i, (x) => ({ ...x, goals: x.goals.filter((_, m) => m !== j) }))
                              }
                            >
                              {t('programmes.editor.removeGoal', { n })}
                            </Button>
                          </Group>
                        </Stack>
                      </Paper>
                    );
                  })}
                  <Group justify="space-between">
                    <Button size="xs" variant="light" onClick={() => addGoal(i)}>
                      {t('programmes.editor.addGoal', { n: i + 1 })}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setObjectives((os) => os.filter((_, m) => m !== i))}
                    >
                      {t('programmes.editor.removeObjective', { n: i + 1 })}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
            {err('objectives') && (
              <Text c="red.9" size="sm">
                {err('objectives')}
              </Text>
            )}
            <Group>
              <Button variant="light" onClick={addObjective}>
                {t('programmes.editor.addObjective')}
              </Button>
            </Group>
            {unshown && <ErrorNotice error={error} />}
            <Group>
              <Button type="submit" loading={saving}>
                {saveLabel}
              </Button>
              {onCancel && (
                <Button variant="default" onClick={onCancel}>
                  {t('programmes.editor.cancel')}
                </Button>
              )}
              <Text size="sm" c="dimmed" role="status">
                {dirty ? t('programmes.editor.unsaved') : t('programmes.editor.saved')}
              </Text>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <MenuPicker partnerId={partnerId} partnerName={partnerName} goals={targets} onAdd={addActivity} />
      </Grid.Col>
    </Grid>
  );
}
