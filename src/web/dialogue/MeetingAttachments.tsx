import { Anchor, Button, FileInput, Group, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKINGS } from '../../domain/trust/policy.js';
import { type AttachmentOut, attachmentUploadQuery } from '../../schemas/dialogue/attachment.schema.js';
import { ApiError, get, request, sendFile } from '../core/api/client.js';
import { errorUnder } from '../core/api/field-errors.js';
import { ErrorNotice, SectionTitle, useLang } from '../core/components/common.js';
import { QueryTable } from '../core/components/DataTable.js';
import { FormScaffold } from '../core/forms/FormScaffold.js';
import { maxLengthOf, validated } from '../core/forms/validate.js';
import { useSession } from '../core/session/session.js';
import type { MeetingOut } from './api.js';
import { MarkingSelect } from './ui.js';

const at = (id: string) => encodeURIComponent(id);
const attachmentsKey = (meetingId: string) => ['meeting-attachments', meetingId];

function formatSize(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit ? 1 : 0,
  }).format(value);
}

/**
 * The files kept with a meeting (the minutes…): listed for whoever may read each, downloaded from
 * the API (which checks the checksum first); staff attach one with a marking no wider than the meeting's.
 */
export function MeetingAttachments({ meeting }: { meeting: MeetingOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { can } = useSession();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: attachmentsKey(meeting.id),
    queryFn: () =>
      get<{ items: AttachmentOut[]; total: number }>(`/api/meetings/${at(meeting.id)}/attachments`),
  });
  const remove = useMutation({
    mutationFn: (a: AttachmentOut) =>
      request<void>('DELETE', `/api/attachments/${at(a.id)}`, undefined, { version: a.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: attachmentsKey(meeting.id) }),
  });
  return (
    <section aria-labelledby={`${id}-title`}>
      <SectionTitle id={`${id}-title`}>{t('dialogue.attachments.title')}</SectionTitle>
      <QueryTable
        query={list}
        rows={(page) => page.items}
        rowKey={(a) => a.id}
        labelledBy={`${id}-title`}
        empty={t('dialogue.attachments.none')}
        highlightOnHover={false}
        columns={[
          {
            key: 'file',
            header: t('dialogue.attachments.file'),
            // The file's name and description as the uploader wrote them.
            cell: (a) => (
              <Anchor href={`/api/attachments/${at(a.id)}/content`} download={a.file_name} translate="no">
                {a.file_name}
              </Anchor>
            ),
          },
          {
            key: 'description',
            header: t('dialogue.attachments.description'),
            cell: (a) => <span translate="no">{a.description}</span>,
          },
          { key: 'size', header: t('dialogue.attachments.size'), cell: (a) => formatSize(a.size, lang) },
          {
            key: 'marking',
            header: t('dialogue.fields.marking'),
            cell: (a) => t(`dialogue.markings.${a.marking}`),
          },
          {
            key: 'actions',
            header: t('forms.actions'),
            cell: (a) =>
              a.can.delete && (
                <Button
                  size="compact-xs"
                  variant="default"
                  loading={remove.isPending && remove.variables?.id === a.id}
                  onClick={() => remove.mutate(a)}
                >
                  {/* The file's name as written, inside the translated words around it. */}
                  {t('dialogue.attachments.remove', { name: '\u0000' })
                    .split('\u0000')
                    .flatMap((part, i) =>
                      i === 0
                        ? [part]
                        : [
                            <span key="name" translate="no">
                              {a.file_name}
                            </span>,
                            part,
                          ],
                    )}
                </Button>
              ),
          },
        ]}
      />
      {remove.error && <ErrorNotice error={remove.error} />}
      {can('dialogue.write') && meeting.can.update && <AttachForm meeting={meeting} />}
    </section>
  );
}

function AttachForm({ meeting }: { meeting: MeetingOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [marking, setMarking] = useState<string>(meeting.marking);
  const upload = useMutation({
    mutationFn: () => {
      const query = validated(
        attachmentUploadQuery,
        { name: file?.name ?? '', description: description.trim() || undefined, marking },
        lang,
        t('forms.invalid'),
      );
      if (!file)
        throw new ApiError(400, t('forms.invalid'), undefined, 'request.invalid', [
          { field: 'body', reason: t('dialogue.attachments.choose') },
        ]);
      const params = new URLSearchParams({ name: query.name });
      if (query.description) params.set('description', query.description);
      if (query.marking) params.set('marking', query.marking);
      return sendFile<AttachmentOut>(`/api/meetings/${at(meeting.id)}/attachments?${params}`, file);
    },
    onSuccess: () => {
      setFile(null);
      setDescription('');
      void client.invalidateQueries({ queryKey: attachmentsKey(meeting.id) });
    },
  });
  const error = upload.error;
  // Markings no wider than the meeting's: the API refuses a wider one.
  const allowed = MARKINGS.slice(MARKINGS.indexOf(meeting.marking));
  return (
    <FormScaffold
      save={upload}
      shown={['body', 'name', 'querystring.name', 'description', 'marking']}
      submitLabel={t('dialogue.attachments.attach')}
      gap="xs"
      mt="sm"
      maw={760}
    >
      <Group align="flex-start" grow>
        <FileInput
          label={t('dialogue.attachments.file')}
          description={t('dialogue.attachments.kinds')}
          value={file}
          onChange={setFile}
          clearable
          error={errorUnder(error, 'body', 'name', 'querystring.name')}
        />
        <TextInput
          label={t('dialogue.attachments.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          maxLength={maxLengthOf(attachmentUploadQuery.shape.description)}
          error={errorUnder(error, 'description')}
        />
        <MarkingSelect
          data={allowed.map((m) => ({ value: m, label: t(`dialogue.markings.${m}`) }))}
          value={marking}
          onChange={(v) => v && setMarking(v)}
          allowDeselect={false}
          error={errorUnder(error, 'marking')}
        />
      </Group>
    </FormScaffold>
  );
}
