import { Group, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_KINDS,
  type OrganizationOut,
  organizationCreate,
  organizationPatch,
} from '../../../schemas/registry/organization.schema.js';
import { request } from '../../core/api/client.js';
import { useLang } from '../../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';
import { type NameDraft, NamesEditor, nameDraft, namesInput, newName } from './NamesEditor.js';

const SHOWN = ['names', 'kind', 'iso2', 'founding_date', 'dissolution_date'];

/**
 * An organization (a state, a framework such as NACC/EAPC, an international organization or a body)
 * with its names over time in English, French and Russian: a renaming is a name that ends on one day
 * and another that starts the next, so the memberships of the framework read "renamed EAPC 1997".
 * A new one when `organization` is absent, else a change of that version.
 */
export function OrganizationForm({
  organization,
  onSaved,
}: {
  organization?: OrganizationOut;
  onSaved: (o: OrganizationOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [names, setNames] = useState<NameDraft[]>(
    organization ? organization.names.map(nameDraft) : [newName('en'), newName('fr'), newName('ru')],
  );
  const { form, set } = useFormFields({
    kind: (organization?.kind ?? 'state') as string,
    iso2: organization?.iso2 ?? '',
    founding_date: organization?.founding_date ?? '',
    dissolution_date: organization?.dissolution_date ?? '',
  });
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        kind: form.kind,
        iso2: orNull(form.iso2.toUpperCase()),
        founding_date: orNull(form.founding_date),
        dissolution_date: orNull(form.dissolution_date),
        names: namesInput(names),
      };
      const title = t('forms.invalid');
      if (!organization)
        return request<OrganizationOut>(
          'POST',
          '/api/organizations',
          validated(organizationCreate, body, lang, title),
        );
      return request<OrganizationOut>(
        'PATCH',
        `/api/organizations/${encodeURIComponent(organization.id)}`,
        validated(organizationPatch, body, lang, title),
        { version: organization.version },
      );
    },
    onSuccess: (o) => {
      client.setQueryData(['organization', o.id], o);
      void client.invalidateQueries({ queryKey: ['organizations'] });
      void client.invalidateQueries({ queryKey: ['memberships'] });
      void client.invalidateQueries({ queryKey: ['audit', 'organization', o.id] });
      onSaved(o);
    },
  });
  const field = fieldBinder(form, set, save.error);
  const date = (key: 'founding_date' | 'dissolution_date', label: string) => (
    <TextInput label={label} description={t('registry.forms.dateHelp')} {...field.text(key)} w={200} />
  );
  return (
    <FormScaffold save={save} shown={SHOWN} submitLabel={t('registry.forms.save')}>
      <Group align="flex-start">
        <Select
          label={t('registry.forms.organizationKind')}
          data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          {...field.choice('kind')}
          w={240}
        />
        <TextInput
          label={t('organization.iso')}
          description={t('registry.forms.nationalityHelp')}
          {...field.text('iso2')}
          maxLength={2}
          w={200}
        />
        {date('founding_date', t('organization.founded'))}
        {date('dissolution_date', t('organization.dissolved'))}
      </Group>
      <NamesEditor value={names} onChange={setNames} error={save.error} />
    </FormScaffold>
  );
}
