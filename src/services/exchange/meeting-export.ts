import type { MeetingOut } from '../../schemas/dialogue/meeting.schema.js';
import type { Ctx } from '../core/context.js';
import { listMeetingPage } from '../dialogue/meeting.service.js';
import type { Sheet } from './menu-export.js';

type MeetingFilter = Parameters<typeof listMeetingPage>[1];

/** The API's largest page; an export reads page after page through the same listing the list uses. */
const PAGE = 500;
/** A view larger than this is cut (the sheet says how many were left out in its last row). */
const MOST = 20_000;

/**
 * "Export this view" of the meetings list: the same filters, the same reader, the same listing as
 * `GET /api/meetings`, so a sheet never holds a meeting the list would not show its reader.
 */
export async function meetingSheet(ctx: Ctx, filter: MeetingFilter): Promise<Sheet> {
  const items: MeetingOut[] = [];
  let total = 0;
  for (let offset = 0; offset < MOST; offset += PAGE) {
    const page = await listMeetingPage(ctx, filter, { limit: PAGE, offset });
    items.push(...page.items);
    total = page.total;
    if (page.items.length < PAGE || items.length >= total) break;
  }
  const rows: Sheet['rows'] = items.map((m) => [
    m.id,
    m.start_date,
    m.end_date,
    m.partner_id.toUpperCase(),
    m.kind,
    m.status,
    m.title,
    m.channel,
    m.place.venue,
    m.place.city,
    m.place.country,
    m.participants
      .map((p) => [p.name, p.post].filter(Boolean).join(', '))
      .filter(Boolean)
      .join('; '),
    m.topics.join('; '),
    m.marking,
  ]);
  if (total > items.length) rows.push([`… ${total - items.length} more not exported`]);
  return {
    name: 'Meetings',
    columns: [
      'id',
      'start_date',
      'end_date',
      'partner',
      'kind',
      'status',
      'title',
      'channel',
      'venue',
      'city',
      'country',
      'participants',
      'topics',
      'marking',
    ],
    rows,
  };
}
