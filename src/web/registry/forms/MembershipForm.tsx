import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  END_REASONS,
  MEMBERSHIP_STATUSES,
  type MembershipOut,
  membershipCreate,
  membershipPatch,
} from '../../../schemas/registry/membership.schema.js';
import { request } from '../../core/api/client.js';
import { organizationsQuery } from '../../core/api/queries.js';
import { useLang } from '../../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';
import { organizationName } from '../../core/i18n/names.js';

const SHOWN = ['organization_id', 'role', 'start_date', 'end_date', 'end_reason', 'status', 'note'];

/** What the form is opened for: the values it starts with differ, the fields it shows do not. */
export type MembershipChange = 'join' | 'edit' | 'suspend' | 'withdraw';

const PRESET: Record<MembershipChange, { end_reason?: string; status?: string }> = {
  join: {},
  edit: {},
  suspend: { end_reason: 'suspended', status: 'suspended' },
  withdraw: { end_reason: 'withdrew' },
};

/**
 * A member joins a framework or organization on a day; or, given `membership`, the membership is
 * corrected, suspended (cooperation suspended without withdrawal) or ended (withdrawal, accession as
 * an Ally, renaming of the framework into a new one), with the reason written in the note.
 */
export function MembershipForm({
  memberId,
  membership,
  change = membership ? 'edit' : 'join',
  onSaved,
}: {
  memberId: string;
  membership?: MembershipOut;
  change?: MembershipChange;
  onSaved: (m: MembershipOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const frameworks = useQuery(organizationsQuery({ kind: 'framework', limit: 500 }));
  const organizations = useQuery(organizationsQuery({ kind: 'international_organization', limit: 500 }));
  const preset = PRESET[change];
  const { form, set } = useFormFields({
    organization_id: membership?.organization_id ?? (null as string | null),
    role: membership?.role ?? '',
    start_date: membership?.start_date ?? '',
    end_date: membership?.end_date ?? '',
    end_reason: preset.end_reason ?? membership?.end_reason ?? (null as string | null),
    status: preset.status ?? membership?.status ?? 'active',
    note: membership?.note ?? '',
  });
  const save = useMutation({
    mutationFn: async () => {
      const fields = {
        role: orNull(form.role),
        start_date: form.start_date.trim(),
        end_date: orNull(form.end_date),
        end_reason: form.end_reason,
        status: form.status,
        note: orNull(form.note),
      };
      const title = t('forms.invalid');
      if (!membership) {
        const body = { member_id: memberId, organization_id: form.organization_id ?? '', ...fields };
        return request<MembershipOut>(
          'POST',
          '/api/memberships',
          validated(membershipCreate, body, lang, title),
        );
      }
      return request<MembershipOut>(
        'PATCH',
        `/api/memberships/${encodeURIComponent(membership.id)}`,
        validated(membershipPatch, fields, lang, title),
        { version: membership.version },
      );
    },
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: ['memberships'] });
      void client.invalidateQueries({ queryKey: ['members'] });
      void client.invalidateQueries({ queryKey: ['membership', m.id] });
      onSaved(m);
    },
  });
  const field = fieldBinder(form, set, save.error, membershipCreate.shape);
  const choices = [...(frameworks.data?.items ?? []), ...(organizations.data?.items ?? [])]
    .filter((o) => o.id !== memberId)
    .map((o) => ({ value: o.id, label: organizationName(o, lang) }));
  return (
    <FormScaffold save={save} shown={SHOWN} submitLabel={t(`registry.forms.membershipSave.${change}`)}>
      {!membership && (
        <Select
          label={t('memberships.framework')}
          data={choices}
          value={form.organization_id}
          onChange={(v) => set('organization_id', v)}
          searchable
          required
          error={field.error('organization_id')}
        />
      )}
      <Group align="flex-start" grow>
        <TextInput
          label={t('memberships.start')}
          description={t('registry.forms.dateHelp')}
          placeholder="1992-06-05"
          {...field.text('start_date')}
          required
        />
        <TextInput
          label={t('memberships.end')}
          description={t('registry.forms.membershipEndHelp')}
          {...field.text('end_date')}
        />
      </Group>
      <Group align="flex-start" grow>
        <Select
          label={t('memberships.endReason')}
          data={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) }))}
          value={form.end_reason}
          onChange={(v) => set('end_reason', v)}
          clearable
          error={field.error('end_reason')}
        />
        <Select
          label={t('memberships.status')}
          data={MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          {...field.choice('status')}
        />
        <TextInput label={t('memberships.role')} {...field.text('role')} />
      </Group>
      <Textarea
        label={t('registry.forms.membershipNote')}
        description={t('registry.forms.membershipNoteHelp')}
        {...field.text('note')}
        autosize
        minRows={2}
      />
    </FormScaffold>
  );
}
