import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../core/api/client.js';
import type { NominationStatus } from './api.js';

/** Problems of an answer that name none of the fields a form shows (shown above the form). */
export function otherErrors(error: unknown, shown: string[]): boolean {
  if (!(error instanceof ApiError)) return error !== null && error !== undefined;
  return error.errors.length === 0 || error.errors.some((e) => !shown.some((f) => e.field.endsWith(f)));
}

const STATUS_COLOUR: Record<NominationStatus, string> = {
  'NEEDS-ACTION': 'gray',
  ACCEPTED: 'green',
  ATTENDED: 'teal',
  DECLINED: 'red',
  TENTATIVE: 'yellow',
  WAITLISTED: 'orange',
};

export function StatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  // Dark text on a light badge keeps the contrast whatever the colour.
  return (
    <Badge variant="light" color={STATUS_COLOUR[status]} c="dark.8" tt="none">
      {t(`menu.status.${status}`)}
    </Badge>
  );
}
