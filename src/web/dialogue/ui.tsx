import { Alert, Badge, Select, type SelectProps, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organizationQuery, organizationsQuery } from '../core/api/queries.js';
import { useLang } from '../core/components/common.js';
import { organizationName } from '../core/i18n/names.js';
import type { FollowUpOut } from './api.js';

// Forms' readable error red is declared once with the form scaffold.
export { READABLE_ERRORS } from '../core/forms/FormScaffold.js';

/** Channels the demo and the report reader know; other names may be typed. */
export const KNOWN_CHANNELS = [
  'special-representative',
  'liaison-office-visits',
  'secretary-general',
  'eapc',
];

/** The partner countries as options of a select, named in the UI language. */
export function usePartnerOptions(): { value: string; label: string }[] {
  const lang = useLang();
  const states = useQuery(organizationsQuery({ kind: 'state', limit: 500 }));
  return (states.data?.items ?? [])
    .map((o) => ({ value: o.id, label: organizationName(o, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The side organizations a meeting can have: the partner countries and the organization itself. */
export function useSideOptions() {
  const lang = useLang();
  const partners = usePartnerOptions();
  const nato = useQuery(organizationQuery('nato'));
  return [...(nato.data ? [{ value: 'nato', label: organizationName(nato.data, lang) }] : []), ...partners];
}

/** A channel's name when the app knows it, else as stored. */
export function useChannelLabel() {
  const { t } = useTranslation();
  return (channel: string | null | undefined) =>
    channel ? t(`dialogue.channels.${channel}`, { defaultValue: channel }) : '';
}

const DUE_COLOUR: Record<FollowUpOut['due_state'], string> = {
  overdue: 'red',
  due_soon: 'orange',
  later: 'blue',
  no_due_date: 'gray',
  closed: 'green',
};

export function DueBadge({ state }: { state: FollowUpOut['due_state'] }) {
  const { t } = useTranslation();
  // Dark text on a light badge keeps the contrast whatever the colour.
  return (
    <Badge variant="light" color={DUE_COLOUR[state]} c="dark.8" tt="none">
      {t(`dialogue.due.${state}`)}
    </Badge>
  );
}

/** A meeting's marking, from the widest release to the narrowest. */
export function MarkingSelect(props: Omit<SelectProps, 'label'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('dialogue.fields.marking')}
      data={(['public', 'partners', 'organization'] as const).map((k) => ({
        value: k,
        label: t(`dialogue.markings.${k}`),
      }))}
      {...props}
    />
  );
}

/** A dialogue page for staff only, as a reader without that right sees it: its title and why it is empty. */
export function StaffOnlyPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{title}</Title>
      <Alert color="gray" mt="md">
        {t('dialogue.staffOnly')}
      </Alert>
    </>
  );
}
