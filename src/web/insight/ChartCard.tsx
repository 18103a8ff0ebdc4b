import { Button, Group, Paper, Table, Title, VisuallyHidden } from '@mantine/core';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, LegendComponent, ToolboxComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { use } from 'echarts/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../core/components/EChart.js';

use([BarChart, LineChart, LegendComponent, ToolboxComponent, DatasetComponent]);

export interface ChartData {
  /** column headings, first the category */
  columns: string[];
  rows: (string | number)[][];
}

/** Spreadsheet programs run cells that start like a formula: such text is quoted as text. */
function neutralize(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function download(name: string, data: ChartData) {
  const csv = stringify([data.columns, ...data.rows.map((r) => r.map(neutralize))]);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${name}.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A chart with its data: the picture for the eye (saved as an image from its toolbox), the same
 * figures as a table for screen readers, and a CSV download for a spreadsheet.
 */
export function ChartCard({
  name,
  title,
  data,
  option,
  height = 320,
}: {
  name: string;
  title: string;
  data: ChartData;
  option: EChartsCoreOption;
  height?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const withToolbox = {
    ...option,
    toolbox: { feature: { saveAsImage: { name, title: t('dashboard.saveImage') } } },
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Button variant="default" size="xs" onClick={() => download(name, data)}>
          {t('dashboard.downloadCsv')}
        </Button>
      </Group>
      <div role="img" aria-label={t('dashboard.chartOf', { title })}>
        <EChart option={withToolbox} height={height} />
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <Table.Thead>
            <Table.Tr>
              {data.columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={String(r[0])}>
                {r.map((cell, i) => (
                  <Table.Td key={data.columns[i]}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
