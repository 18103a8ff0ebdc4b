import { Button, Checkbox, Code, FileInput, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../core/api/field-errors.js';
import { ErrorNotice, SectionTitle, useLang, usePageTitle } from '../core/components/common.js';
import { DataTable } from '../core/components/DataTable.js';
import { formatCount } from '../core/i18n/format.js';
import { type ImportReport, menuApi } from './api.js';

const KINDS = ['activities', 'iterations'] as const;

/** CSV goes as text; an XLSX workbook as base64, as the import route asks. */
async function contentOf(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(binary) };
  }
  return { format: 'csv', content: await file.text() };
}

/** A refusal's text with the format's literal values (event_type, mobile_training_team) as code. */
function literalWords(reason: string) {
  let offset = 0;
  return reason.split(/([a-z]+(?:_[a-z0-9]+)+)/).map((part) => {
    const key = `${offset}`;
    offset += part.length;
    return /^[a-z]+(?:_[a-z0-9]+)+$/.test(part) ? <Code key={key}>{part}</Code> : part;
  });
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('menu.import.report')}</SectionTitle>
      <Text role="status">
        {t(report.committed ? 'menu.import.summary' : 'menu.import.rolledBack', {
          rows: formatCount(report.rows, lang),
          imported: formatCount(report.imported, lang),
          failed: formatCount(report.failed, lang),
        })}
      </Text>
      <DataTable
        rows={report.errors}
        rowKey={(e) => `${e.row}:${e.field}:${e.reason}`}
        labelledBy={id}
        highlightOnHover={false}
        columns={[
          { key: 'row', header: t('menu.import.row'), cell: (e) => formatCount(e.row, lang) },
          {
            key: 'field',
            header: t('menu.import.field'),
            // The column as the file names it: what the reader types, so shown as code.
            cell: (e) => (e.field === '*' ? t('menu.import.wholeRow') : <Code>{e.field}</Code>),
          },
          {
            key: 'reason',
            header: t('menu.import.reason'),
            // Values the file may hold (event types) are literal words of the file format.
            cell: (e) => literalWords(e.reason),
            td: { lang: 'en' },
          },
        ]}
      />
    </section>
  );
}

/** Uploads a CSV or XLSX file of activities or iterations and reports each refused row. */
export default function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.import.title'));
  const [kind, setKind] = useState<(typeof KINDS)[number]>('activities');
  const [file, setFile] = useState<File | null>(null);
  const [strict, setStrict] = useState(false);
  const upload = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t('menu.import.noFile'));
      return menuApi.importMenu({ kind, strict, ...(await contentOf(file)) });
    },
  });
  return (
    <Stack gap="md">
      <Title order={1}>{t('menu.import.title')}</Title>
      <Text maw={760}>{t('menu.import.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          upload.mutate();
        }}
      >
        <Stack gap="sm" maw={480}>
          <NativeSelect
            label={t('menu.import.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value === 'iterations' ? 'iterations' : 'activities')}
            data={KINDS.map((k) => ({ value: k, label: t(`menu.import.kinds.${k}`) }))}
            error={fieldError(upload.error, 'kind')}
          />
          <FileInput
            label={t('menu.import.file')}
            placeholder={t('menu.import.choose')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            required
            error={fieldError(upload.error, 'content', 'format')}
          />
          <Checkbox
            label={t('menu.import.strict')}
            checked={strict}
            onChange={(e) => setStrict(e.currentTarget.checked)}
          />
          <Button type="submit" loading={upload.isPending} w="fit-content">
            {t('menu.import.submit')}
          </Button>
        </Stack>
      </form>
      {upload.error && <ErrorNotice error={upload.error} />}
      {upload.data && <Report report={upload.data} />}
    </Stack>
  );
}
