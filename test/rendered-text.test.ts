import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { machineText, readableTextOfHtml } from './support/rendered-text.js';

const LANGS = ['en', 'fr', 'ru'] as const;

/** Every id a JSON document carries (keys id, *_id, channel; id lists): none may show as text. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && (k === 'id' || k.endsWith('_id') || k === 'channel' || k === 'by'))
        into.add(v);
      else if (Array.isArray(v) && (k === 'hosts' || k === 'releasable_to' || k.endsWith('_ids')))
        for (const x of v) if (typeof x === 'string') into.add(x);
      idsIn(v, into);
    }
  return into;
}

/** The values of a JSON document meant to be read: keys that end in _label, label, name, summary. */
function labelsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) labelsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && (k === 'label' || k.endsWith('_label') || k === 'summary' || k === 'post'))
        out.push(v);
      labelsIn(v, out);
    }
  return out;
}

/** The titles people wrote (objectives, goals, activities), wherever they are in a JSON document. */
function titlesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) titlesIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && k.endsWith('title')) out.push(v);
      titlesIn(v, out);
    }
  return out;
}

async function pdfText(payload: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(payload)), { mergePages: true });
  return text;
}

// Only the first database: the documents are rendered from the same answers on both (the API tests
// check those answers on each), and each PDF costs a Chromium print on two shared cores.
for (const db of testDatabases().slice(0, 1)) {
  describe.skipIf(db.skip)(`rendered text of documents on ${db.name}`, () => {
    const api = useApi(db);

    it('the briefing pack has no ids, enum values or untranslated English: HTML, PDF text, JSON labels', async () => {
      await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      const codes = (await api.call('GET', '/api/areas?limit=500')).json.items.map(
        (a: { code: string }) => a.code,
      );
      for (const lang of LANGS) {
        const base = `/api/partners/TJ/dossier?on=2011-06-22&lang=${lang}`;
        const json = (await api.call('GET', base)).json;
        const ids = [...idsIn(json)];
        expect(ids).toContain('james-appathurai');
        expect(machineText(labelsIn(json).join('\n'), { lang, ids, codes }), `${lang} JSON labels`).toEqual(
          [],
        );
        const staff = await api.signIn('staff');
        const html = await api.app.inject({ method: 'GET', url: `${base}&format=html`, headers: staff });
        const text = readableTextOfHtml(html.body);
        expect(machineText(text, { lang, ids, codes }), `${lang} HTML`).toEqual([]);
        const pdf = await api.app.inject({ method: 'GET', url: `${base}&format=pdf`, headers: staff });
        expect(pdf.statusCode).toBe(200);
        expect(pdf.rawPayload.toString('latin1')).toMatch(/\/StructTreeRoot/); // tagged
        // The PDF carries content as written too (titles, actions): it is judged for ids and codes.
        const printed = await pdfText(pdf.rawPayload);
        expect(machineText(printed, { lang: 'en', ids, codes }), `${lang} PDF`).toEqual([]);
        const expected = {
          en: ['Briefing: Tajikistan', 'Organization only', 'James Appathurai', 'every 4 months'],
          fr: ['Dossier de visite : Tadjikistan', 'Organisation seulement', 'tous les 4 mois'],
          ru: ['Справка: Таджикистан', 'Только для организации', 'Джеймс Аппатурай', 'каждые 4 месяца'],
        }[lang];
        for (const words of expected) {
          expect(text).toContain(words);
          expect(printed.replace(/\s+/g, ' ')).toContain(words);
        }
      }
    }, 120_000);

    it('programme documents and review reports name people, partners, areas and statuses', async () => {
      const codes = (await api.call('GET', '/api/areas?limit=500')).json.items.map(
        (a: { code: string }) => a.code,
      );
      const programme = (await api.call('GET', '/api/programmes/tj-ipp-2011')).json;
      const ids = [...idsIn(programme)];
      // An account id (name-hash) signs the agreed programme: the documents must show its name instead.
      expect(ids.some((id) => /^[a-z]+-[0-9a-f]{8}$/.test(id))).toBe(true);
      for (const lang of LANGS)
        for (const report of ['programme', 'review']) {
          const res = await api.app.inject({
            method: 'GET',
            url: `/api/programmes/tj-ipp-2011/export?format=html&report=${report}&lang=${lang}`,
            headers: await api.signIn('staff'),
          });
          expect(res.statusCode).toBe(200);
          expect(res.body).toContain(`<html lang="${lang}">`);
          const text = readableTextOfHtml(res.body);
          expect(machineText(text, { lang, ids, codes }), `${lang} ${report}`).toEqual([]);
          expect(text).toContain(
            { en: 'Jointly agreed', fr: 'Convenu conjointement', ru: 'Совместно согласована' }[lang],
          );
          expect(text).toContain({ en: 'Tajikistan', fr: 'Tadjikistan', ru: 'Таджикистан' }[lang]);
        }
      // The printed programme: its text carries content as written (titles), so it is judged for ids,
      // codes and enum values, and must say the same translated words as the HTML.
      for (const lang of LANGS) {
        const pdf = await api.app.inject({
          method: 'GET',
          url: `/api/programmes/tj-ipp-2011/export?format=pdf&lang=${lang}`,
          headers: await api.signIn('staff'),
        });
        expect(pdf.statusCode).toBe(200);
        const printed = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
        // The PDF's text cannot leave out the titles people wrote, and an objective's id may be a word
        // of its own title ("counter-terrorism"): such ids are judged in the HTML above, not here.
        const titles = titlesIn(programme.content).join('\n').toLowerCase();
        const notWords = ids.filter((id) => !titles.includes(id));
        expect(notWords.some((id) => /^[a-z]+-[0-9a-f]{8}$/.test(id))).toBe(true); // the signers' ids stay judged
        expect(machineText(printed, { lang: 'en', ids: notWords, codes }), `${lang} programme PDF`).toEqual(
          [],
        );
        expect(printed).toContain(
          { en: 'Jointly agreed', fr: 'Convenu conjointement', ru: 'Совместно согласована' }[lang],
        );
        expect(printed).toContain({ en: 'Tajikistan', fr: 'Tadjikistan', ru: 'Таджикистан' }[lang]);
      }
    }, 120_000);

    it('the checker itself finds what the issue found', () => {
      const found = machineText(
        'Approved by the organization: staff-a35bce3a. Renews tj-ipp-2009; status jointly_agreed; areas BSC, SEC; liaison-office-visits (TJ)',
        { lang: 'en', ids: ['liaison-office-visits'], codes: ['BSC', 'SEC'] },
      );
      expect(found).toEqual([
        'id with a hash: staff-a35bce3a',
        'id with a number: tj-ipp-2009',
        'snake_case value: jointly_agreed',
        'bare country code: (TJ)',
        'record id: liaison-office-visits',
        'codes without names: BSC, SEC',
      ]);
      expect(machineText('Визит, Душанбе: the Minister', { lang: 'ru' })).toEqual(['English in ru: the']);
      expect(machineText('Visite à Douchanbé, 22 juin 2011', { lang: 'fr' })).toEqual([]);
    });
  });
}
