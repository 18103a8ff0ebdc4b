import { describe, expect, it } from 'vitest';
import { readLayout } from './dateline.js';
import { compileGazetteer } from './gazetteer.js';
import { detectReportLanguage } from './language.js';
import { DEFAULT_PLACES } from './places.js';
import { detectLanguage, normalizeText } from './text.js';

const g = compileGazetteer({ people: [], places: [...DEFAULT_PLACES], organizations: [] });

function layout(raw: string, published: string | null = null) {
  const text = normalizeText(raw);
  return readLayout(text, detectLanguage(text), published, g);
}

describe('the dateline of wire copy', () => {
  it('reads place, day and outlet of an Asia-Plus opening', () => {
    const l = layout(
      'DUSHANBE, June 23, 2011, Asia-Plus — Foreign Minister Hamrokhon Zarifi yesterday received…',
    );
    expect(l.dateline).toEqual({
      place: 'Dushanbe',
      country: 'Tajikistan',
      date: '2011-06-23',
      outlet: 'Asia-Plus',
    });
    expect(l.body.startsWith('Foreign Minister')).toBe(true);
  });

  it("ends a dateline at the colon or the space after the outlet's parenthesis", () => {
    const app = layout(
      'ISLAMABAD, June 12 (APP): Foreign Minister Ishaq Dar held talks yesterday.',
      '2024-06-14',
    );
    expect(app.dateline).toEqual({
      place: 'Islamabad',
      country: 'Pakistan',
      date: '2024-06-12',
      outlet: 'APP',
    });
    expect(app.body.startsWith('Foreign Minister')).toBe(true);
    const pl = layout(
      'La Habana, 12 jun (Prensa Latina) El canciller cubano sostuvo hoy un encuentro.',
      '2024-06-14',
    );
    expect(pl.dateline).toMatchObject({ date: '2024-06-12', outlet: 'Prensa Latina' });
    expect(pl.body.startsWith('El canciller')).toBe(true);
    const colon = layout('TEHRAN: Iranian President Masoud Pezeshkian met Prime Minister Shehbaz Sharif.');
    expect(colon.dateline).toMatchObject({ place: 'Tehran', country: 'Iran' });
    expect(colon.body.startsWith('Iranian President')).toBe(true);
    expect(layout('Summary: Foreign Minister Ishaq Dar met Jiang Zaidong.').dateline.place).toBeNull();
    const dated = layout(
      'Kathmandu, 12 June 2024: Foreign Minister Arzu Rana Deuba met Chen Song on Tuesday.',
    );
    expect(dated.dateline).toMatchObject({ place: 'Kathmandu', date: '2024-06-12' });
    // A parenthesis inside a headline is no dateline.
    expect(
      layout('President Joe Biden (left) Met Prime Minister Modi on Tuesday.').dateline.outlet,
    ).toBeNull();
  });

  it('takes the year of a day-and-month dateline from the publication date', () => {
    const l = layout('ASTANA, 12 May (Kazinform) - Kazakhstan’s Foreign Minister received…', '2011-05-13');
    expect(l.dateline).toMatchObject({ place: 'Astana', date: '2011-05-12', outlet: 'Kazinform' });
  });

  it('reads NATO’s "Brussels, 3 March 2015 –" after a headline', () => {
    const l = layout(
      'Deputy Secretary General meets Georgian Foreign Minister\n\nBrussels, 3 March 2015 – NATO Deputy…',
    );
    expect(l.dateline).toMatchObject({ place: 'Brussels', date: '2015-03-03' });
    expect(l.body.startsWith('NATO Deputy')).toBe(true);
  });

  it('reads TASS’s Russian "ДУШАНБЕ, 23 июня. /ТАСС/."', () => {
    const l = layout('ДУШАНБЕ, 23 июня. /ТАСС/. Министр иностранных дел…', '2011-06-23');
    expect(l.dateline).toEqual({
      place: 'Dushanbe',
      country: 'Tajikistan',
      date: '2011-06-23',
      outlet: 'ТАСС',
    });
    expect(l.body.startsWith('Министр')).toBe(true);
  });

  it('reads a dateline closed by a period and one with the outlet only', () => {
    expect(layout('YEREVAN, FEBRUARY 7, ARMENPRESS. Foreign Minister…', '2023-02-07').dateline).toMatchObject(
      {
        place: 'Yerevan',
        date: '2023-02-07',
        outlet: 'ARMENPRESS',
      },
    );
    expect(layout('BISHKEK (AKIpress) - Foreign Minister of Kyrgyzstan met…').dateline).toMatchObject({
      place: 'Bishkek',
      date: null,
      outlet: 'AKIpress',
    });
  });

  it('finds no dateline in a press release, skips its headline and keeps a date line on top', () => {
    const l = layout('Meeting with the Ambassador of Japan\n23.06.2011\nOn 22 June, the Minister received…');
    expect(l.dateline.place).toBeNull();
    expect(l.headerDate).toBe('2011-06-23');
    expect(l.body.startsWith('On 22 June')).toBe(true);
  });

  it('does not take a sentence that opens with a name for a dateline', () => {
    expect(
      layout(
        'Lavrov - Muhriddin talks to focus on Afghanistan\nMOSCOW, April 14 (TASS) - Russian…',
        '2023-04-14',
      ).dateline,
    ).toMatchObject({
      place: 'Moscow',
      date: '2023-04-14',
    });
  });

  describe("in the partners' languages", () => {
    const local = (raw: string, published: string) => {
      const text = normalizeText(raw);
      return readLayout(text, detectLanguage(text), published, g, detectReportLanguage(text));
    };

    it('reads a Spanish agency dateline closed by ".-"', () => {
      const l = local(
        'Madrid, 5 feb (EFE).- El ministro de Asuntos Exteriores se reunió este lunes con su homólogo.',
        '2024-02-05',
      );
      expect(l.dateline).toMatchObject({ place: 'Madrid', date: '2024-02-05', outlet: 'EFE' });
      expect(l.body.startsWith('El ministro')).toBe(true);
    });

    it('reads an Arabic dateline with a Levantine month name', () => {
      const l = local(
        'عمان 12 آذار (بترا) - استقبل وزير الخارجية أيمن الصفدي اليوم نظيره الإسباني.',
        '2024-03-12',
      );
      expect(l.dateline).toMatchObject({ place: 'Amman', date: '2024-03-12', outlet: 'بترا' });
      expect(l.body.startsWith('استقبل')).toBe(true);
    });

    it('takes a place no list knows when a day follows it, and only then', () => {
      const dated = local("Nouadhibou, 14 mars 2024 (AMI) - Le ministre a reçu l'ambassadeur.", '2024-03-14');
      expect(dated.dateline).toMatchObject({ place: 'Nouadhibou', date: '2024-03-14' });
      const undated = local('Le ministre a reçu - selon un communiqué - son homologue.', '2024-03-14');
      expect(undated.dateline.place).toBeNull();
    });
  });
});
