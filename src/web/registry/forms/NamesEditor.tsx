import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NAME_KINDS, nameInput } from '../../../schemas/registry/organization.schema.js';
import { errorUnder } from '../../core/api/field-errors.js';
import { maxLengthOf } from '../../core/forms/validate.js';
import { LANG_NAMES, LANGS } from '../../core/i18n/i18n.js';

export interface NameDraft {
  name: string;
  lang: (typeof LANGS)[number];
  kind: (typeof NAME_KINDS)[number];
  start_date: string;
  end_date: string;
}

export const newName = (lang: NameDraft['lang'] = 'en', kind: NameDraft['kind'] = 'official'): NameDraft => ({
  name: '',
  lang,
  kind,
  start_date: '',
  end_date: '',
});

/** A stored name as a row of the editor (absent dates as empty inputs). */
export function nameDraft(n: {
  name: string;
  lang: NameDraft['lang'];
  kind: NameDraft['kind'];
  start_date: string | null;
  end_date: string | null;
}): NameDraft {
  return { ...n, start_date: n.start_date ?? '', end_date: n.end_date ?? '' };
}

/** The rows as the API takes them: blank rows after the first left out, empty dates as absent. */
export function namesInput(names: NameDraft[]) {
  // The first row is always sent, so that a missing name is named on it rather than on the list.
  return names
    .filter((n, i) => i === 0 || n.name.trim() !== '')
    .map((n) => ({
      name: n.name,
      lang: n.lang,
      kind: n.kind,
      start_date: n.start_date.trim() || null,
      end_date: n.end_date.trim() || null,
    }));
}

const NAME_MAX = maxLengthOf(nameInput.shape.name);

/**
 * Names over time, one row each: the name as written, its language, its kind (official, former,
 * transliteration…) and the days it was in use. Errors are shown on the row the API names (names[2].name).
 */
export function NamesEditor({
  value,
  onChange,
  error,
}: {
  value: NameDraft[];
  onChange: (names: NameDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<NameDraft>) =>
    onChange(value.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const rowError = errorUnder(error, 'names');
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">
        {t('names.title')}
      </Text>
      {value.map((n, i) => {
        const at = (field: string) => errorUnder(error, `names[${i}].${field}`);
        const row = i + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <Group key={i} align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              label={t('registry.forms.nameN', { n: row })}
              value={n.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              maxLength={NAME_MAX}
              error={at('name')}
              required={i === 0}
              w={260}
            />
            <Select
              label={t('registry.forms.languageN', { n: row })}
              data={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
              value={n.lang}
              onChange={(v) => v && set(i, { lang: v as NameDraft['lang'] })}
              allowDeselect={false}
              error={at('lang')}
              w={130}
            />
            <Select
              label={t('registry.forms.kindN', { n: row })}
              data={NAME_KINDS.map((k) => ({ value: k, label: t(`nameKind.${k}`, { defaultValue: k }) }))}
              value={n.kind}
              onChange={(v) => v && set(i, { kind: v as NameDraft['kind'] })}
              allowDeselect={false}
              error={at('kind')}
              w={160}
            />
            <TextInput
              label={t('registry.forms.fromN', { n: row })}
              placeholder="1992-03-10"
              value={n.start_date}
              onChange={(e) => set(i, { start_date: e.currentTarget.value })}
              error={at('start_date')}
              w={130}
            />
            <TextInput
              label={t('registry.forms.untilN', { n: row })}
              placeholder="2011"
              value={n.end_date}
              onChange={(e) => set(i, { end_date: e.currentTarget.value })}
              error={at('end_date')}
              w={130}
            />
            {value.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                mt={26}
                aria-label={t('registry.forms.removeName', { n: row })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {rowError && !value.some((_, i) => errorUnder(error, `names[${i}]`)) && (
        <Text c="red.9" size="sm">
          {rowError}
        </Text>
      )}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...value, newName()])}>
          {t('registry.forms.addName')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => onChange([...value, newName('en', 'transliteration')])}
        >
          {t('registry.forms.addTransliteration')}
        </Button>
      </Group>
    </Stack>
  );
}
