import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../core/session/session.js';
import type { FollowUpOut, MeetingOut } from './api.js';
import { FollowUpForm } from './FollowUpForm.js';
import { FollowUpItem, UndoDelete } from './FollowUpItem.js';

/** The follow-ups of a meeting on its page: each with its actions, and a form to add one. */
export function FollowUpsSection({ meeting: m, labelledBy }: { meeting: MeetingOut; labelledBy: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const [gone, setGone] = useState<FollowUpOut | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby={labelledBy}>
      {gone && <UndoDelete gone={gone} onDone={() => setGone(null)} />}
      {m.follow_ups.length === 0 ? (
        <Text c="dimmed">{t('dialogue.meeting.noneRecorded')}</Text>
      ) : (
        m.follow_ups.map((f) => <FollowUpItem key={f.id} f={f} onDeleted={setGone} />)
      )}
      {can('dialogue.write') &&
        (adding ? (
          <FollowUpForm meetingId={m.id} partnerId={m.partner_id} onDone={() => setAdding(false)} />
        ) : (
          <div>
            <Button size="sm" variant="light" onClick={() => setAdding(true)}>
              {t('dialogue.followUps.add')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
