import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, type EventType } from '../../domain/menu/vocabulary.js';
import { useOrganizationsById } from '../core/api/queries.js';
import { QueryState, RouterAnchor, useLang } from '../core/components/common.js';
import { formatCount } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { type ActivityOut, activitiesQuery } from '../menu/api.js';
import { useAreaOptions } from './ui.js';

const PAGE_SIZE = 10;

export interface GoalTarget {
  key: string;
  label: string;
}

/** Whether the partner may be nominated to the activity, as far as the activity itself says. */
function eligibility(a: ActivityOut, partnerId: string): 'yes' | 'no' | 'check' {
  if (a.eligibility === 'all_partners') return 'yes';
  if (a.eligibility === 'named') return a.eligible_partners.includes(partnerId) ? 'yes' : 'no';
  return 'check';
}

/**
 * The cooperation menu beside the objectives tree: search and filter it, see whether the programme's
 * partner may attend, and add an activity to the chosen goal.
 */
export function MenuPicker({
  partnerId,
  partnerName,
  goals,
  onAdd,
}: {
  partnerId: string;
  partnerName: string;
  goals: GoalTarget[];
  onAdd: (goalKey: string, activity: ActivityOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [area, setArea] = useState('');
  const [type, setType] = useState('');
  const [provider, setProvider] = useState('');
  const [onlyEligible, setOnlyEligible] = useState(true);
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<string>('');
  const areas = useAreaOptions();
  const chosenTarget = goals.some((g) => g.key === target) ? target : (goals.at(-1)?.key ?? '');
  const goalLabel = goals.find((g) => g.key === chosenTarget)?.label ?? '';
  const list = useQuery(
    activitiesQuery({
      q: q || undefined,
      area: area || undefined,
      type: (type || undefined) as EventType | undefined,
      provider: provider || undefined,
      eligible_for: onlyEligible ? partnerId : undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
  const providers = useOrganizationsById((list.data?.facets.provider ?? []).map((f) => f.value));
  const reset =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setPage(1);
    };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {t('programmes.menu.title')}
        </Title>
        <NativeSelect
          label={t('programmes.menu.target')}
          value={chosenTarget}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={
            goals.length
              ? goals.map((g) => ({ value: g.key, label: g.label }))
              : [{ value: '', label: t('programmes.menu.noGoal') }]
          }
          disabled={goals.length === 0}
        />
        <TextInput
          type="search"
          label={t('programmes.menu.search')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
        />
        <Group grow align="flex-end">
          <NativeSelect
            label={t('programmes.menu.area')}
            value={area}
            onChange={(e) => reset(setArea)(e.currentTarget.value)}
            data={[{ value: '', label: t('programmes.filters.any') }, ...areas]}
          />
          <NativeSelect
            label={t('programmes.menu.type')}
            value={type}
            onChange={(e) => reset(setType)(e.currentTarget.value)}
            data={[
              { value: '', label: t('programmes.filters.any') },
              ...EVENT_TYPES.map((v) => ({ value: v, label: t(`menu.type.${v}`, { defaultValue: v }) })),
            ]}
          />
        </Group>
        <NativeSelect
          label={t('programmes.menu.provider')}
          value={provider}
          onChange={(e) => reset(setProvider)(e.currentTarget.value)}
          data={[
            { value: '', label: t('programmes.filters.any') },
            ...(list.data?.facets.provider ?? []).map((f) => {
              const org = providers.get(f.value);
              return {
                value: f.value,
                label: `${org ? organizationName(org, lang) : f.value} (${formatCount(f.count, lang)})`,
              };
            }),
            ...(provider && !list.data?.facets.provider.some((f) => f.value === provider)
              ? [{ value: provider, label: provider }]
              : []),
          ]}
        />
        <Checkbox
          label={t('programmes.menu.onlyEligible', { partner: partnerName })}
          checked={onlyEligible}
          onChange={(e) => reset(setOnlyEligible)(e.currentTarget.checked)}
        />
        <QueryState query={list}>
          {(data) => (
            <Stack gap="xs">
              <Text role="status" size="sm" id={`${id}-count`}>
                {t('programmes.menu.count', { count: data.total, formatted: formatCount(data.total, lang) })}
              </Text>
              {data.items.length > 0 && (
                <Table aria-labelledby={`${id}-count`} withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('programmes.menu.activity')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('programmes.menu.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((a) => {
                      const eligible = onlyEligible ? 'yes' : eligibility(a, partnerId);
                      return (
                        <Table.Tr key={a.id}>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {a.key}
                            </Text>
                            <RouterAnchor to={`/menu/activities/${encodeURIComponent(a.id)}`}>
                              {a.title}
                            </RouterAnchor>
                            <Text size="xs" c="dimmed">
                              {[a.area_code, t(`menu.type.${a.event_type}`, { defaultValue: a.event_type })]
                                .filter(Boolean)
                                .join(' · ')}
                            </Text>
                            <Badge
                              mt={4}
                              styles={{
                                root: { height: 'auto', maxWidth: '100%' },
                                label: { whiteSpace: 'normal' },
                              }}
                              variant="light"
                              c="dark.8"
                              tt="none"
                              color={eligible === 'yes' ? 'green' : eligible === 'no' ? 'red' : 'yellow'}
                            >
                              {t(`programmes.menu.eligibility.${eligible}`, { partner: partnerName })}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="light"
                              disabled={!chosenTarget}
                              aria-label={t('programmes.menu.addNamed', { activity: a.key, goal: goalLabel })}
                              onClick={() => onAdd(chosenTarget, a)}
                            >
                              {t('programmes.menu.add')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {data.total > PAGE_SIZE && (
                <Pagination
                  size="sm"
                  total={Math.ceil(data.total / PAGE_SIZE)}
                  value={page}
                  onChange={setPage}
                  getControlProps={(control) => ({ 'aria-label': t(`programmes.pagination.${control}`) })}
                  getItemProps={(n) => ({ 'aria-label': t('programmes.pagination.page', { page: n }) })}
                />
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
