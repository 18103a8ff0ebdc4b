import { randomUUID } from 'node:crypto';
import type { Api } from './api.js';
import { makeOrganization, makePerson, uid } from './api.js';

/**
 * Menu rows for programme tests, inserted directly (the menu's API is another feature's): an
 * activity, its iterations, and nominations of a partner's participants.
 */
export async function makeActivity(
  api: Api,
  extra: { area_code?: string | null; provider_id?: string } = {},
) {
  const provider = extra.provider_id ?? (await makeOrganization(api, { kind: 'body' })).id;
  const at = new Date().toISOString();
  const id = uid('activity');
  const row = {
    id,
    key: `TST.${randomUUID().slice(0, 6)}`,
    provider_id: provider,
    title: `Course ${id}`,
    description: null,
    area_code: extra.area_code === undefined ? 'CEP' : extra.area_code,
    event_type: 'course',
    eligibility: 'partners',
    eligibility_framework_id: null,
    eligible_partners: '[]',
    languages: '["en"]',
    clearance: null,
    fee: null,
    contact: null,
    marking: 'public',
    releasable_to: '[]',
    illustrative: 0,
    search: id,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await api.store.db.insertInto('activity').values(row).execute();
  return row;
}

export async function makeIteration(api: Api, activityId: string, start: string, status = 'held') {
  const at = new Date().toISOString();
  const row = {
    id: uid('iteration'),
    activity_id: activityId,
    start_date: start,
    end_date: start,
    city: null,
    country_id: null,
    venue: null,
    seats: 20,
    deadline: null,
    status,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await api.store.db.insertInto('iteration').values(row).execute();
  return row;
}

export async function makeNomination(api: Api, iterationId: string, partnerId: string, status = 'ATTENDED') {
  const person = await makePerson(api);
  const at = new Date().toISOString();
  const row = {
    id: uid('nomination'),
    iteration_id: iterationId,
    person_id: person.id as string,
    partner_id: partnerId,
    priority: 1,
    rank: 1,
    status,
    reason: null,
    round_id: null,
    note: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await api.store.db.insertInto('nomination').values(row).execute();
  return row;
}

export async function makePartner(api: Api) {
  return (await makeOrganization(api, { kind: 'state' })) as { id: string };
}

/** A draft programme created as staff (or with the headers given). */
export async function makeProgramme(
  api: Api,
  partnerId: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await api.call(
    'POST',
    '/api/programmes',
    {
      partner_id: partnerId,
      kind: 'IPP',
      start_date: '2011-01-01',
      objectives: [
        {
          id: 'ct',
          title: 'Counter-terrorism cooperation',
          area: 'SEC',
          goals: [{ id: 'ct-training', title: 'Train counter-terrorism officers', area: 'CT' }],
        },
      ],
      ...extra,
    },
    headers,
  );
  if (res.status !== 201) throw new Error(`fixture programme: ${JSON.stringify(res.json)}`);
  return res.json;
}

/** Moves a programme as the given side's headers; returns the new state of the programme. */
export async function move(api: Api, id: string, transition: string, headers: Record<string, string>) {
  const current = await api.call('GET', `/api/programmes/${id}`);
  const res = await api.call(
    'POST',
    `/api/programmes/${id}/transitions`,
    // approve and accept sign the content: they name the hash read
    {
      transition,
      ...(transition === 'approve' || transition === 'accept' ? { hash: current.json.hash } : {}),
    },
    { ...headers, 'if-match': `"${current.json.version}"` },
  );
  if (res.status !== 200) throw new Error(`fixture move ${transition}: ${JSON.stringify(res.json)}`);
  return res.json;
}

/** Areas of cooperation are reference data the tests' empty databases lack. */
export async function ensureAreas(api: Api, codes = ['SEC', 'CT', 'CEP', 'BSC', 'CRM', 'PUB', 'SSR', 'SCE']) {
  const at = new Date().toISOString();
  for (const code of codes) {
    const exists = await api.store.db
      .selectFrom('area')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (!exists)
      await api.store.db
        .insertInto('area')
        .values({
          code,
          names: JSON.stringify({ en: `Area ${code}` }),
          description: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
  }
}
