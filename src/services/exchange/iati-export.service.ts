import { XMLBuilder } from 'fast-xml-parser';
import { setting } from '../../config.js';
import { MAX_PAGE_SIZE } from '../../schemas/core/common.schema.js';
import type { ProgrammeOut } from '../../schemas/programmes/programme.schema.js';
import type { Ctx } from '../core/context.js';
import { listProgrammePage } from '../programmes/programme.service.js';
import { getOrganization } from '../registry/organization.service.js';
import { requireOrganizationId } from '../registry/partner-key.service.js';

/** The IATI Activity Standard version written and validated against (vendor/schemas/iati-2.03). */
export const IATI_VERSION = '2.03';

/**
 * Programme lifecycle → IATI ActivityStatus codelist: 1 pipeline/identification, 2 implementation,
 * 4 closed. An agreed programme not yet started is still "implementation" for IATI (the commitment
 * exists); a superseded one was replaced by its amendment or renewal and is closed.
 */
const ACTIVITY_STATUS: Record<string, string> = {
  draft: '1',
  in_consultation: '1',
  approved_by_organization: '1',
  jointly_agreed: '2',
  in_implementation: '2',
  under_review: '2',
  completed: '4',
  superseded: '4',
};

/** IATI dates are full dates: a partial start is its first day, a partial end its last. */
function fullDate(date: string, edge: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}$/.test(date)) return edge === 'start' ? `${date}-01-01` : `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (edge === 'start') return `${date}-01`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

/** Equal shares that add up to exactly 100 with two decimals (the IATI rule for one vocabulary). */
function shares(n: number): string[] {
  const each = Math.floor(10000 / n) / 100;
  const out = Array.from({ length: n }, () => each);
  out[n - 1] = Math.round((100 - each * (n - 1)) * 100) / 100;
  return out.map((v) => v.toFixed(2));
}

const narrative = (text: string) => ({ narrative: { '#text': text } });

async function activity(ctx: Ctx, p: ProgrammeOut, reporting: { ref: string; name: string }) {
  const partner = await getOrganization(ctx, p.partner_id).catch(() => null);
  const areas = [
    ...new Set(
      p.content.objectives
        .flatMap((o) => [o.area, ...o.goals.map((g) => g.area)])
        .filter((a): a is string => !!a),
    ),
  ].sort();
  const areaShares = areas.length ? shares(areas.length) : [];
  const objectives = p.content.objectives.map((o) => o.title);
  const partnerName = partner?.name ?? p.partner_id;
  return {
    '@_last-updated-datetime': p.updated_at,
    '@_xml:lang': 'en',
    '@_hierarchy': '1',
    'iati-identifier': `${reporting.ref}-${p.id}`,
    'reporting-org': { '@_ref': reporting.ref, '@_type': '40', ...narrative(reporting.name) },
    title: narrative(p.title),
    description: [
      {
        '@_type': '1',
        ...narrative(
          `${p.kind} of ${partnerName}, ${p.start_date} to ${p.end_date} (${p.status.replace(/_/g, ' ')})`,
        ),
      },
      ...(objectives.length ? [{ '@_type': '2', narrative: objectives.map((t) => ({ '#text': t })) }] : []),
    ],
    'participating-org': [
      { '@_ref': reporting.ref, '@_role': '2', '@_type': '40', ...narrative(reporting.name) },
      { '@_role': '4', '@_type': '10', ...narrative(partnerName) },
    ],
    'other-identifier': { '@_ref': p.id, '@_type': 'A1' },
    'activity-status': { '@_code': ACTIVITY_STATUS[p.status] ?? '1' },
    'activity-date': [
      { '@_type': '1', '@_iso-date': fullDate(p.start_date, 'start') },
      { '@_type': '3', '@_iso-date': fullDate(p.end_date, 'end') },
    ],
    'activity-scope': { '@_code': '4' },
    ...(partner?.iso2 ? { 'recipient-country': { '@_code': partner.iso2, '@_percentage': '100' } } : {}),
    ...(areas.length
      ? {
          sector: areas.map((area, i) => ({
            '@_vocabulary': '99',
            '@_code': area,
            '@_percentage': areaShares[i],
            ...narrative(area),
          })),
        }
      : {}),
  };
}

/**
 * The reader's programmes as an IATI activity file (IATI Activity Standard 2.03): one iati-activity
 * per programme, with the partner as implementing organization and recipient country, the lifecycle
 * as activity status, the period as planned dates and the areas of cooperation as sectors in the
 * reporting organisation's own vocabulary (99). The list is the API's, read as the reader, so a
 * partner's file holds its own programmes and those released to it, nothing else.
 */
export async function iatiExport(
  ctx: Ctx,
  filter: { partner?: string } = {},
  generatedAt = new Date().toISOString(),
): Promise<string> {
  const reporting = { ref: setting('IATI_REPORTING_ORG'), name: setting('IATI_REPORTING_ORG_NAME') };
  const partnerId = filter.partner
    ? await requireOrganizationId(ctx, filter.partner, 'partner', 'query')
    : undefined;
  const programmes: ProgrammeOut[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await listProgrammePage(ctx, partnerId ? { partner_id: partnerId } : {}, {
      limit: MAX_PAGE_SIZE,
      offset,
    });
    programmes.push(...page.items);
    if (page.items.length < MAX_PAGE_SIZE) break;
  }
  const activities = [];
  for (const p of programmes) activities.push(await activity(ctx, p, reporting));
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'iati-activities': {
      '@_version': IATI_VERSION,
      '@_generated-datetime': generatedAt,
      'iati-activity': activities,
    },
  });
}
