import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { programmesOf } from '../src/services/programmes/programme-summary.service.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import {
  ensureAreas,
  makeActivity,
  makeIteration,
  makeNomination,
  makePartner,
  makeProgramme,
  move,
} from './support/programme-fixtures.js';

const ifMatch = (v: number) => ({ 'if-match': `"${v}"` });

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`individual programmes on ${db.name}`, () => {
    const api = useApi(db);
    let partner: { id: string };
    let own: Record<string, string>;
    let other: Record<string, string>;
    let observer: Record<string, string>;

    beforeAll(async () => {
      await ensureAreas(api);
      partner = await makePartner(api);
      own = await api.signIn('partner', partner.id);
      other = await api.signIn('partner', (await makePartner(api)).id);
      observer = await api.signIn('observer');
    });

    /** A programme taken to joint agreement through the real lifecycle. */
    async function agreed(partnerId = partner.id, extra: Record<string, unknown> = {}) {
      const headers = partnerId === partner.id ? own : await api.signIn('partner', partnerId);
      const p = await makeProgramme(api, partnerId, extra);
      await move(api, p.id, 'consult', headers);
      await move(api, p.id, 'approve', {});
      return move(api, p.id, 'accept', headers);
    }

    it('creates a draft with defaults: two years, marked for its partner, version 1 hashed', async () => {
      const p = await makeProgramme(api, partner.id);
      expect(p).toMatchObject({
        status: 'draft',
        start_date: '2011-01-01',
        end_date: '2012-12-31',
        marking: 'partners',
        releasable_to: [partner.id],
        content_version: 1,
        organization_signoff: null,
        amendment: null,
      });
      expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(p.content.objectives[0].goals[0]).toMatchObject({
        id: 'ct-training',
        area: 'CT',
        status: 'open',
      });
    });

    it('refuses an overlapping period of the same partner and kind, not of another kind', async () => {
      const p0 = await makePartner(api);
      await makeProgramme(api, p0.id);
      const clash = await api.call('POST', '/api/programmes', {
        partner_id: p0.id,
        kind: 'IPP',
        start_date: '2012-06-01',
      });
      expect(clash.status).toBe(409);
      expect(clash.json).toMatchObject({
        code: 'programme.period_overlap',
        errors: [{ field: 'start_date' }],
      });
      const ipcp = await api.call('POST', '/api/programmes', {
        partner_id: p0.id,
        kind: 'IPCP',
        start_date: '2012-06-01',
      });
      expect(ipcp.status).toBe(201);
      const next = await api.call('POST', '/api/programmes', {
        partner_id: p0.id,
        kind: 'IPP',
        start_date: '2013-01-01',
      });
      expect(next.json.end_date).toBe('2014-12-31');
    });

    it('names the field of bad content and writes nothing', async () => {
      const p0 = await makePartner(api);
      const bad = await api.call('POST', '/api/programmes', {
        partner_id: p0.id,
        kind: 'IPP',
        start_date: '2011-01-01',
        objectives: [
          { id: 'x', title: 'X', goals: [{ id: 'g', title: 'G', activities: [{ activity_id: 'nope' }] }] },
        ],
      });
      expect(bad.status).toBe(422);
      expect(bad.json.errors[0].field).toBe('objectives[0].goals[0].activities[0].activity_id');
      const area = await api.call('POST', '/api/programmes', {
        partner_id: p0.id,
        kind: 'IPP',
        start_date: '2011-01-01',
        objectives: [{ id: 'x', title: 'X', area: 'ZZZ' }],
      });
      expect(area.json.errors[0].field).toBe('objectives[0].area');
      expect((await api.call('GET', `/api/programmes?partner_id=${p0.id}`)).json.total).toBe(0);
    });

    it('keeps every version, diffs any two, and clears sign-offs on an edit', async () => {
      const activity = await makeActivity(api);
      const p = await makeProgramme(api, partner.id, { start_date: '2031-01-01' });
      await move(api, p.id, 'consult', own);
      const approved = await move(api, p.id, 'approve', {});
      expect(approved.organization_signoff).toMatchObject({ hash: p.hash, version: 1 });
      const objectives = structuredClone(approved.content.objectives);
      objectives[0].goals[0].activities = [{ activity_id: activity.id, priority: 1 }];
      objectives.push({ id: 'bs', title: 'Border security', area: 'BSC', goals: [] });
      const edited = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { objectives },
        ifMatch(approved.version),
      );
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({
        status: 'in_consultation',
        content_version: 2,
        organization_signoff: null,
      });
      expect(edited.json.hash).not.toBe(p.hash);
      const stale = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { title: 'x' },
        ifMatch(approved.version),
      );
      expect(stale.status).toBe(412);
      const noVersion = await api.call('PATCH', `/api/programmes/${p.id}`, { title: 'x' });
      expect(noVersion.status).toBe(428);
      const versions = await api.call('GET', `/api/programmes/${p.id}/versions`);
      expect(versions.json.map((v: { number: number }) => v.number)).toEqual([1, 2]);
      expect(
        (await api.call('GET', `/api/programmes/${p.id}/versions/1`)).json.snapshot.objectives,
      ).toHaveLength(1);
      const diff = await api.call('GET', `/api/programmes/${p.id}/diff?from=1&to=2`);
      expect(diff.json.text).toContain('+Objective bs: Border security [BSC] (open)');
      expect(diff.json.changes).toEqual([
        { change: 'added', what: 'activity', id: `ct-training/${activity.id}` },
        { change: 'added', what: 'objective', id: 'bs', title: 'Border security' },
      ]);
      // the title is not signed content: no new version
      const titled = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { title: 'IPP 2031' },
        ifMatch(edited.json.version),
      );
      expect(titled.json).toMatchObject({ title: 'IPP 2031', content_version: 2 });
    });

    it('binds the partner acceptance to the approved hash and then requires an amendment', async () => {
      const p = await agreed(partner.id, { start_date: '2041-01-01' });
      expect(p.status).toBe('jointly_agreed');
      expect(p.partner_signoff.hash).toBe(p.organization_signoff.hash);
      expect(p.agreed_version).toBe(1);
      const edit = await api.call(
        'PATCH',
        `/api/programmes/${p.id}`,
        { objectives: [{ id: 'new', title: 'New' }] },
        ifMatch(p.version),
      );
      expect(edit.status).toBe(409);
      expect(edit.json.code).toBe('programme.amendment_required');
      const withHash = await api.call(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition: 'implement', hash: '0'.repeat(64) },
        ifMatch(p.version),
      );
      expect(withHash.json.code).toBe('programme.hash_mismatch');
    });

    it('amends an agreed programme: a diff, both signatures, the agreed version in force until then', async () => {
      const p = await agreed(partner.id, { start_date: '2051-01-01' });
      const objectives = [
        ...p.content.objectives,
        { id: 'cep', title: 'Civil emergency planning', area: 'CEP' },
      ];
      const proposed = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendments`,
        { objectives },
        ifMatch(p.version),
      );
      expect(proposed.status).toBe(200);
      expect(proposed.json.content.objectives).toHaveLength(1);
      expect(proposed.json.amendment).toMatchObject({
        version: 2,
        changes: [{ change: 'added', what: 'objective', id: 'cep' }],
      });
      const hash = proposed.json.amendment.hash;
      const wrong = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendment/signoffs`,
        { hash: p.hash },
        ifMatch(proposed.json.version),
      );
      expect(wrong.json.code).toBe('programme.hash_mismatch');
      const org = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendment/signoffs`,
        { hash },
        ifMatch(proposed.json.version),
      );
      expect(org.json.amendment.organization_signoff.hash).toBe(hash);
      expect(org.json.content_version).toBe(1);
      const diff = await api.call('GET', `/api/programmes/${p.id}/diff?from=1&to=2`);
      expect(diff.json.text).toContain('+Objective cep: Civil emergency planning [CEP] (open)');
      const both = await api.call(
        'POST',
        `/api/programmes/${p.id}/amendment/signoffs`,
        { hash },
        { ...own, ...ifMatch(org.json.version) },
      );
      expect(both.json).toMatchObject({
        content_version: 2,
        agreed_version: 2,
        amendment: null,
        hash,
        status: 'jointly_agreed',
      });
      expect(both.json.partner_signoff.hash).toBe(hash);
      const none = await api.call(
        'DELETE',
        `/api/programmes/${p.id}/amendment`,
        undefined,
        ifMatch(both.json.version),
      );
      expect(none.json.code).toBe('programme.no_amendment');
    });

    it('lets a partner read only its own programmes, in lists and exports too', async () => {
      const p = await makeProgramme(api, partner.id, { start_date: '2061-01-01' });
      expect((await api.raw('GET', `/api/programmes/${p.id}`, undefined, own)).status).toBe(200);
      expect((await api.raw('GET', `/api/programmes/${p.id}`, undefined, other)).status).toBe(404);
      expect(
        (await api.raw('GET', `/api/programmes/${p.id}/export?format=csv`, undefined, other)).status,
      ).toBe(404);
      expect((await api.raw('GET', `/api/programmes/${p.id}/versions`, undefined, other)).status).toBe(404);
      expect((await api.raw('GET', `/api/programmes/${p.id}`, undefined, observer)).status).toBe(404);
      expect((await api.raw('GET', `/api/programmes/${p.id}`)).status).toBe(404);
      const list = await api.raw('GET', '/api/programmes', undefined, other);
      expect(list.json.items.map((i: { partner_id: string }) => i.partner_id)).not.toContain(partner.id);
      const mine = await api.raw('GET', '/api/programmes?limit=500', undefined, own);
      expect(mine.json.items.every((i: { partner_id: string }) => i.partner_id === partner.id)).toBe(true);
      expect(mine.json.total).toBeGreaterThan(0);
      const forOther = await api.raw(
        'POST',
        '/api/programmes',
        { partner_id: partner.id, kind: 'ITPP', start_date: '2061-01-01' },
        other,
      );
      expect(forOther.status).toBe(403);
      const ctx = contextFor(api.store, { id: 'o', role: 'observer' });
      expect(await programmesOf(ctx, partner.id)).toEqual([]);
    });

    it('reviews implementation, takes feedback, renews, summarizes and exports', async () => {
      const p0 = await makePartner(api);
      const headers = await api.signIn('partner', p0.id);
      const cep = await makeActivity(api, { area_code: 'CEP' });
      const other = await makeActivity(api, { area_code: 'BSC' });
      const early = await makeIteration(api, cep.id, '2011-03-01', 'held');
      const late = await makeIteration(api, cep.id, '2012-09-01', 'planned');
      const outside = await makeIteration(api, cep.id, '2013-03-01', 'held');
      const chosen = await makeIteration(api, other.id, '2012-04-01', 'held');
      await makeNomination(api, early.id, p0.id, 'ATTENDED');
      await makeNomination(api, early.id, p0.id, 'ATTENDED');
      await makeNomination(api, early.id, p0.id, 'DECLINED');
      await makeNomination(api, outside.id, p0.id, 'ATTENDED');
      await makeNomination(api, chosen.id, partner.id, 'ATTENDED'); // another partner's participant
      const p = await agreed(p0.id, {
        title: '=HYPERLINK("http://evil")',
        objectives: [
          {
            id: 'cep',
            title: 'Crisis management and civil emergency planning',
            area: 'CEP',
            goals: [
              { id: 'cep-1', title: 'Train responders', activities: [{ activity_id: cep.id, priority: 1 }] },
            ],
          },
          {
            id: 'bs',
            title: 'Border security',
            area: 'BSC',
            status: 'completed',
            goals: [
              {
                id: 'bs-1',
                title: '-cmd|calc',
                activities: [{ activity_id: other.id, iteration_id: chosen.id }],
              },
            ],
          },
        ],
      });
      const feedback = await api.call(
        'POST',
        `/api/programmes/${p.id}/feedback`,
        { iteration_id: early.id, rating: 4, comment: 'Useful' },
        headers,
      );
      expect(feedback.status).toBe(201);
      const stray = await makeActivity(api);
      const strayIt = await makeIteration(api, stray.id, '2011-05-01');
      const refused = await api.call('POST', `/api/programmes/${p.id}/feedback`, {
        iteration_id: strayIt.id,
        rating: 3,
      });
      expect(refused.json.code).toBe('programme.iteration_not_chosen');
      const badRating = await api.call('POST', `/api/programmes/${p.id}/feedback`, {
        iteration_id: early.id,
        rating: 6,
      });
      expect(badRating.status).toBe(400);

      const review = (await api.call('GET', `/api/programmes/${p.id}/review`)).json;
      expect(review.totals).toEqual({ planned: 2, held: 2, attended: 2, feedback: 1, average_rating: 4 });
      expect(review.areas).toEqual([
        {
          code: 'BSC',
          name: 'Area BSC',
          planned: 1,
          held: 1,
          attended: 0,
          feedback: 0,
          average_rating: null,
        },
        { code: 'CEP', name: 'Area CEP', planned: 1, held: 1, attended: 2, feedback: 1, average_rating: 4 },
      ]);
      expect(
        review.activities.find((a: { activity_id: string }) => a.activity_id === cep.id).iterations,
      ).toEqual([early.id, late.id]);

      const summary = await programmesOf(contextFor(api.store, SYSTEM_ACTOR), p0.id);
      expect(summary).toEqual([
        {
          id: p.id,
          kind: 'IPP',
          period: { start: '2011-01-01', end: '2012-12-31' },
          status: 'jointly_agreed',
          areas: [
            { code: 'BSC', name: 'Area BSC', planned: 1, held: 1, attended: 0 },
            { code: 'CEP', name: 'Area CEP', planned: 1, held: 1, attended: 2 },
          ],
          objectives: [
            { title: 'Crisis management and civil emergency planning', area: 'CEP', status: 'open' },
            { title: 'Border security', area: 'BSC', status: 'completed' },
          ],
        },
      ]);

      const renewed = await api.call('POST', `/api/programmes/${p.id}/renewal`, {}, headers);
      expect(renewed.status).toBe(201);
      expect(renewed.json).toMatchObject({
        status: 'draft',
        start_date: '2013-01-01',
        end_date: '2014-12-31',
        renewed_from: p.id,
      });
      expect(renewed.json.content.objectives).toEqual([
        {
          id: 'cep',
          title: 'Crisis management and civil emergency planning',
          area: 'CEP',
          status: 'open',
          goals: [
            {
              id: 'cep-1',
              title: 'Train responders',
              area: null,
              status: 'open',
              activities: [{ activity_id: cep.id, iteration_id: null, priority: 1 }],
            },
          ],
        },
      ]);

      const raw = await api.app.inject({
        method: 'GET',
        url: `/api/programmes/${p.id}/export?format=csv`,
        headers: headers,
      });
      expect(raw.headers['content-type']).toContain('text/csv');
      expect(raw.body.split('\n')[0]).toContain('objective_id,objective,');
      expect(raw.body).toContain("'-cmd|calc");
      expect(raw.body).not.toMatch(/(^|,)-cmd/m);

      const xlsx = await api.app.inject({
        method: 'GET',
        url: `/api/programmes/${p.id}/export?format=xlsx`,
        headers,
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Programme');
      expect(sheet?.getRow(1).getCell(1).value).toBe('objective_id');
      expect(sheet?.rowCount).toBe(3);
      // Issue 12 item 17: string cells are never formulas, so no guard apostrophe shows inside them.
      const cells: string[] = [];
      sheet?.eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') cells.push(cell.value);
          expect(cell.formula).toBeUndefined();
        });
      });
      expect(cells.some((c) => c.startsWith('-cmd|calc'))).toBe(true);
      expect(cells.filter((c) => c.startsWith("'"))).toEqual([]);

      const html = await api.app.inject({
        method: 'GET',
        url: `/api/programmes/${p.id}/export?format=html`,
        headers,
      });
      expect(html.body).toContain('=HYPERLINK(&quot;http://evil&quot;)');
      expect(html.body).toContain('Objective: <span translate="no">Border security</span>');
      if (db.name === 'sqlite') {
        const pdf = await api.app.inject({
          method: 'GET',
          url: `/api/programmes/${p.id}/export?format=pdf&report=review`,
          headers,
        });
        expect(pdf.headers['content-type']).toBe('application/pdf');
        const doc = await getDocumentProxy(new Uint8Array(pdf.rawPayload));
        const { text } = await extractText(doc, { mergePages: true });
        expect(text).toContain('Review report');
        expect(text).toContain('Planned activities 2, held 2, participants attended 2');
      }
    });
  });
}
