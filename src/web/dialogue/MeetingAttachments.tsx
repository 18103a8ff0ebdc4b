import { Anchor, Button, FileInput, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKINGS } from '../../domain/trust/policy.js';
import { type AttachmentOut, attachmentUploadQuery } from '../../schemas/dialogue/attachment.schema.js';
import { ApiError, get, request, sendFile } from '../core/api/client.js';
import { errorUnder } from '../core/api/field-errors.js';
import { ErrorNotice, QueryState, SectionTitle, useLang } from '../core/components/common.js';
import { maxLengthOf, validated } from '../core/forms/validate.js';
import { useSession } from '../core/session/session.js';
import type { MeetingOut } from './api.js';
import { READABLE_ERRORS } from './ui.js';

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
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('dialogue.attachments.none')}</Text>
          ) : (
            <Table aria-labelledby={`${id}-title`} striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dialogue.attachments.file')}</Table.Th>
                  <Table.Th>{t('dialogue.attachments.description')}</Table.Th>
                  <Table.Th>{t('dialogue.attachments.size')}</Table.Th>
                  <Table.Th>{t('dialogue.fields.marking')}</Table.Th>
                  <Table.Th>{t('forms.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      {/* The file's name and description as the uploader wrote them. */}
                      <Anchor
                        href={`/api/attachments/${at(a.id)}/content`}
                        download={a.file_name}
                        translate="no"
                      >
                        {a.file_name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td translate="no">{a.description}</Table.Td>
                    <Table.Td>{formatSize(a.size, lang)}</Table.Td>
                    <Table.Td>{t(`dialogue.markings.${a.marking}`)}</Table.Td>
                    <Table.Td>
                      {a.can.delete && (
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
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
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
  const unplaced =
    error instanceof ApiError
      ? error.errors.length === 0 ||
        error.errors.some(
          (e) => !['body', 'name', 'querystring.name', 'description', 'marking'].includes(e.field),
        )
      : !!error;
  // Markings no wider than the meeting's: the API refuses a wider one.
  const allowed = MARKINGS.slice(MARKINGS.indexOf(meeting.marking));
  return (
    <form
      style={READABLE_ERRORS}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        upload.mutate();
      }}
    >
      <Stack gap="xs" mt="sm" maw={760}>
        {unplaced && <ErrorNotice error={error} />}
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
          <Select
            label={t('dialogue.fields.marking')}
            data={allowed.map((m) => ({ value: m, label: t(`dialogue.markings.${m}`) }))}
            value={marking}
            onChange={(v) => v && setMarking(v)}
            allowDeselect={false}
            error={errorUnder(error, 'marking')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {t('dialogue.attachments.attach')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
