import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dash, PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { countryName, formatCount } from '../core/i18n/format.js';
import type { NominationOut } from './api.js';
import { StatusBadge } from './ui.js';

/** Nominations as a table; with `selected`, each row can be ticked for a decision. */
export function NominationTable({
  items,
  labelledBy,
  showIteration = false,
  selected,
  onSelect,
}: {
  items: NominationOut[];
  labelledBy: string;
  showIteration?: boolean;
  selected?: Set<string>;
  onSelect?: (ids: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const toggle = (id: string, on: boolean) => {
    if (!selected || !onSelect) return;
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  const all = selected && items.length > 0 && items.every((n) => selected.has(n.id));
  const columns: Column<NominationOut>[] = [
    ...(selected
      ? [
          {
            key: 'select',
            header: (
              <Checkbox
                aria-label={t('menu.nominations.selectAll')}
                checked={!!all}
                indeterminate={!all && selected.size > 0}
                onChange={(e) =>
                  onSelect?.(e.currentTarget.checked ? new Set(items.map((n) => n.id)) : new Set())
                }
              />
            ),
            cell: (n: NominationOut) => (
              <Checkbox
                aria-label={t('menu.nominations.select', { name: n.person_name })}
                checked={selected.has(n.id)}
                onChange={(e) => toggle(n.id, e.currentTarget.checked)}
              />
            ),
          },
        ]
      : []),
    ...(showIteration
      ? [
          {
            key: 'iteration',
            header: t('menu.nominations.iteration'),
            cell: (n: NominationOut) => (
              <>
                <RouterAnchor to={`/menu/iterations/${encodeURIComponent(n.iteration_id)}`}>
                  <span translate="no">{n.activity_title}</span>
                </RouterAnchor>{' '}
                (<PartialDate value={n.start_date} />)
              </>
            ),
          },
        ]
      : []),
    {
      key: 'person',
      header: t('menu.nominations.person'),
      cell: (n) => (
        <RouterAnchor to={`/people/${encodeURIComponent(n.person_id)}`}>{n.person_name}</RouterAnchor>
      ),
    },
    {
      key: 'partner',
      header: t('menu.nominations.partner'),
      cell: (n) => countryName(n.partner_id.toUpperCase(), lang),
    },
    { key: 'priority', header: t('menu.nominations.priority'), cell: (n) => formatCount(n.priority, lang) },
    {
      key: 'status',
      header: t('menu.nominations.status'),
      cell: (n) => <StatusBadge status={n.status} />,
      td: { miw: 150 },
    },
    {
      key: 'reason',
      header: t('menu.nominations.reason'),
      cell: (n) => n.reason ?? <Dash />,
      td: { lang: 'en' },
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(n) => n.id}
      rowProps={(n) => ({ 'data-nomination': n.id })}
      labelledBy={labelledBy}
      highlightOnHover={false}
      pageSize={Number.POSITIVE_INFINITY}
    />
  );
}
