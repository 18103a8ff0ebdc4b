import { Button, Group, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists (not 2023-02-31). */
function isDay(value: string): boolean {
  if (!FULL_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0)).toISOString().startsWith(value);
}

/** The day the screen answers for, kept in the address (?on=YYYY-MM-DD) so that it can be shared. */
export function useOnDate(): [string | undefined, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('on') ?? '';
  const on = isDay(raw) ? raw : undefined;
  const setOn = (value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value && isDay(value)) next.set('on', value);
        else next.delete('on');
        return next;
      },
      { replace: true },
    );
  return [on, setOn];
}

export function AsOfDate({
  value,
  onChange,
  label,
  description,
  clearLabel,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  label: string;
  description?: string;
  clearLabel: string;
}) {
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        type="date"
        label={label}
        description={description}
        value={value ?? ''}
        min="1900-01-01"
        max="2100-12-31"
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
        w={{ base: '100%', xs: 320 }}
      />
      {value && (
        <Button variant="default" onClick={() => onChange(undefined)}>
          {clearLabel}
        </Button>
      )}
    </Group>
  );
}
