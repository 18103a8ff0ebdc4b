import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dash, PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
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
  return (
    <div className="table-scroll">
      <Table aria-labelledby={labelledBy} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {selected && (
              <Table.Th>
                <Checkbox
                  aria-label={t('menu.nominations.selectAll')}
                  checked={!!all}
                  indeterminate={!all && selected.size > 0}
                  onChange={(e) =>
                    onSelect?.(e.currentTarget.checked ? new Set(items.map((n) => n.id)) : new Set())
                  }
                />
              </Table.Th>
            )}
            {showIteration && <Table.Th>{t('menu.nominations.iteration')}</Table.Th>}
            <Table.Th>{t('menu.nominations.person')}</Table.Th>
            <Table.Th>{t('menu.nominations.partner')}</Table.Th>
            <Table.Th>{t('menu.nominations.priority')}</Table.Th>
            <Table.Th>{t('menu.nominations.status')}</Table.Th>
            <Table.Th>{t('menu.nominations.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id} data-nomination={n.id}>
              {selected && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('menu.nominations.select', { name: n.person_name })}
                    checked={selected.has(n.id)}
                    onChange={(e) => toggle(n.id, e.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              {showIteration && (
                <Table.Td>
                  <RouterAnchor to={`/menu/iterations/${encodeURIComponent(n.iteration_id)}`}>
                    <span translate="no">{n.activity_title}</span>
                  </RouterAnchor>{' '}
                  (<PartialDate value={n.start_date} />)
                </Table.Td>
              )}
              <Table.Td>
                <RouterAnchor to={`/people/${encodeURIComponent(n.person_id)}`}>{n.person_name}</RouterAnchor>
              </Table.Td>
              <Table.Td>{countryName(n.partner_id.toUpperCase(), lang)}</Table.Td>
              <Table.Td>{formatCount(n.priority, lang)}</Table.Td>
              <Table.Td miw={150}>
                <StatusBadge status={n.status} />
              </Table.Td>
              <Table.Td lang="en">{n.reason ?? <Dash />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
