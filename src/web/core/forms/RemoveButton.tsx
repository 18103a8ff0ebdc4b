import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A small button that removes a record after the reader confirms, naming what is removed. */
export function RemoveButton({
  noun,
  label,
  remove,
  size = 'compact-xs',
  color,
}: {
  /** the kind of record, for the confirmation ("Delete this membership?") */
  noun: string;
  /** the button's words */
  label: string;
  remove: { isPending: boolean; mutate: () => void };
  size?: 'xs' | 'compact-xs';
  color?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      size={size}
      variant="default"
      color={color}
      loading={remove.isPending}
      onClick={() => {
        if (globalThis.confirm(t('forms.confirmDelete', { noun }))) remove.mutate();
      }}
    >
      {label}
    </Button>
  );
}
