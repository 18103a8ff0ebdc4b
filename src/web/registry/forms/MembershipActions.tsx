import { Button, Group, Modal } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipOut } from '../../../schemas/registry/membership.schema.js';
import { request } from '../../core/api/client.js';
import { ErrorNotice } from '../../core/components/common.js';
import { ModalAction } from '../../core/components/ModalAction.js';
import { RemoveButton } from '../../core/forms/RemoveButton.js';
import { CiteSource } from './CiteSource.js';
import { type MembershipChange, MembershipForm } from './MembershipForm.js';

const MEMBERSHIP_FIELDS = ['start_date', 'end_date', 'end_reason', 'status', 'role'];

/**
 * One membership's changes, as its `can` allows: correct it, suspend it, end it (withdrawal), remove
 * it when recorded by mistake (restorable from the deleted records), and cite the source that says so.
 */
export function MembershipActions({ membership, label }: { membership: MembershipOut; label: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [change, setChange] = useState<MembershipChange | null>(null);
  const remove = useMutation({
    mutationFn: () =>
      request<void>('DELETE', `/api/memberships/${encodeURIComponent(membership.id)}`, undefined, {
        version: membership.version,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['memberships'] }),
  });
  if (!membership.can.update && !membership.can.delete) return null;
  const offered: MembershipChange[] = ['edit'];
  if (membership.status === 'active' && !membership.end_date) offered.push('suspend');
  if (!membership.end_date) offered.push('withdraw');
  const title = (c: MembershipChange) => t(`registry.forms.membershipChange.${c}`, { framework: label });
  return (
    <>
      <Group gap={4} wrap="wrap">
        {membership.can.update &&
          offered.map((c) => (
            <Button key={c} size="compact-xs" variant="default" onClick={() => setChange(c)}>
              {title(c)}
            </Button>
          ))}
        {membership.can.delete && (
          <RemoveButton
            noun={t('registry.nouns.membership')}
            label={t('registry.forms.membershipRemove', { framework: label })}
            remove={remove}
          />
        )}
        <CiteSource subjectType="membership" subjectId={membership.id} fields={MEMBERSHIP_FIELDS} />
      </Group>
      {remove.error && <ErrorNotice error={remove.error} />}
      <Modal
        opened={change !== null}
        onClose={() => setChange(null)}
        title={change ? title(change) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {change && (
          <MembershipForm
            memberId={membership.member_id}
            membership={membership}
            change={change}
            onSaved={() => setChange(null)}
          />
        )}
      </Modal>
    </>
  );
}

/** "Join a framework": a new membership of this member, offered to whoever may write memberships. */
export function JoinFramework({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  return (
    <ModalAction label={t('registry.forms.membershipChange.join')}>
      {(close) => <MembershipForm memberId={memberId} onSaved={close} />}
    </ModalAction>
  );
}
