import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { extractReport } from './extract.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { cyrillicByLetters, detectReportLanguage, type ReportLanguage } from './language.js';

// Sentences written for these tests, one per language, in the plain style of a wire report.
const SAMPLES: Record<ReportLanguage, string> = {
  en: 'The foreign minister met the NATO Secretary General in Brussels yesterday.',
  ru: 'Министр иностранных дел встретился вчера с генеральным секретарём НАТО.',
  uk: 'Міністр закордонних справ зустрівся вчора з генеральним секретарем НАТО.',
  fr: 'Le ministre des Affaires étrangères a reçu hier le représentant spécial de l’OTAN à Douchanbé.',
  es: 'El canciller se reunió ayer con el secretario general de la OTAN en Bruselas.',
  de: 'Der Außenminister traf gestern in Brüssel den NATO-Generalsekretär.',
  tr: "Dışişleri Bakanı dün NATO Genel Sekreteri ile Brüksel'de görüştü.",
  ar: 'التقى وزير الخارجية أمس الأمين العام لحلف الناتو في بروكسل',
};

describe('the language of a report', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`is detected as ${lang}`, () => expect(detectReportLanguage(text)).toBe(lang));
  }
});

describe('dates in each language, read against the reference day 2024-05-16', () => {
  const cases: [ReportLanguage, string, string, string | null][] = [
    ['fr', 'La réunion a eu lieu le mardi 14 mai 2024 à Bruxelles.', '2024-05-14', null],
    ['fr', 'Le ministre a reçu hier le représentant spécial.', '2024-05-15', null],
    ['fr', 'La session se tiendra du 12 au 14 juin.', '2024-06-12', '2024-06-14'],
    ['es', 'El 14 de mayo de 2024 en Bruselas.', '2024-05-14', null],
    ['es', 'El canciller se reunió ayer con el embajador.', '2024-05-15', null],
    ['de', 'Am 14. Mai 2024 traf der Minister in Brüssel ein.', '2024-05-14', null],
    ['de', 'Der Minister empfing gestern den Botschafter.', '2024-05-15', null],
    ['uk', 'Зустріч відбулася 14 травня 2024 року.', '2024-05-14', null],
    ['ar', 'في 14 مايو 2024 في بروكسل', '2024-05-14', null],
    ['ar', 'التقى وزير الخارجية أمس الأمين العام', '2024-05-15', null],
    ['tr', "Bakan 14 Mayıs 2024 tarihinde Brüksel'de.", '2024-05-14', null],
    ['tr', 'Bakan dün görüştü.', '2024-05-15', null],
  ];
  for (const [lang, text, day, end] of cases) {
    it(`${lang}: "${text}" → ${day}${end ? `…${end}` : ''}`, () => {
      const found = findDates(text, lang, '2024-05-16');
      expect(found[0]?.date).toBe(day);
      expect(found[0]?.end ?? null).toBe(end);
    });
  }
});

describe('a meeting reported in French, Spanish, German or Turkish', () => {
  const read = (text: string) => {
    const r = extractReport(text, { gazetteer: BUILT_IN_GAZETTEER });
    const m = r.meetings[0];
    return { language: r.language, date: m?.date, names: m?.participants.map((p) => p.name) };
  };

  it('French: the verb, "hier" from the dateline, the names after their titles', () => {
    expect(
      read(
        "BRUXELLES, 16 mai 2024 — Le ministre des Affaires étrangères du Tadjikistan, Sirojiddin Muhriddin, a rencontré hier le secrétaire général de l'OTAN, Jens Stoltenberg.",
      ),
    ).toEqual({ language: 'fr', date: '2024-05-15', names: ['Sirojiddin Muhriddin', 'Jens Stoltenberg'] });
  });

  it('Spanish: names no list knows, by their shape', () => {
    expect(
      read(
        'BOGOTÁ, 16 de mayo de 2024 — El canciller de Colombia, Álvaro Leyva, se reunió ayer con el embajador Juan Pérez.',
      ),
    ).toEqual({ language: 'es', date: '2024-05-15', names: ['Álvaro Leyva', 'Juan Pérez'] });
  });

  it('German: capitalized titles are not part of the name', () => {
    expect(
      read(
        'Berlin, 16. Mai 2024 — Außenministerin Annalena Baerbock empfing gestern den georgischen Außenminister Ilia Darchiashvili.',
      ),
    ).toEqual({ language: 'de', date: '2024-05-15', names: ['Annalena Baerbock', 'Ilia Darchiashvili'] });
  });

  it('Turkish: "dün" and a title inside a run of capitalized words', () => {
    expect(
      read(
        'Ankara, 16 Mayıs 2024 — Dışişleri Bakanı Hakan Fidan dün Gürcistan Dışişleri Bakanı Ilia Darchiashvili ile görüştü.',
      ),
    ).toEqual({ language: 'tr', date: '2024-05-15', names: ['Hakan Fidan', 'Ilia Darchiashvili'] });
  });
});

describe('Russian or Ukrainian, by the letters only one of them writes', () => {
  it('reads a short Russian opening with many Ukrainian-looking trigrams as Russian', () => {
    // "ы" (Кремле, президента…) is Russian only; franc alone took this sentence for Ukrainian.
    expect(
      detectReportLanguage(
        'Владимир Путин принял в Кремле президента Египта Абдель Фаттаха ас-Сиси. Переговоры прошли в узком составе.',
      ),
    ).toBe('ru');
  });

  it('counts the letters of each language and leaves a mixed text undecided', () => {
    expect(cyrillicByLetters('Міністр закордонних справ зустрівся з послом Євросоюзу')).toBe('uk');
    expect(cyrillicByLetters('Глава МИД встретился с послом Евросоюза, обсудили вопросы безопасности')).toBe(
      'ru',
    );
    expect(cyrillicByLetters('Посол Эстонии выступил на съезде')).toBe('ru');
    expect(cyrillicByLetters('Иван Петров')).toBeNull();
  });
});

describe('short Latin-script texts full of names', () => {
  it('reads the small words before the trigrams', () => {
    expect(detectReportLanguage('Samantha Power met Urban Ahlin on Monday.')).toBe('en');
    expect(detectReportLanguage('Kishida and Biden met at Camp David on Aug. 18.')).toBe('en');
    expect(detectReportLanguage('Ayman Safadi a reçu Ahmed Attaf et la délégation à Amman.')).toBe('fr');
    expect(detectReportLanguage('Albares se reunió con el canciller Ahmed Attaf en Argel.')).toBe('es');
  });
});

describe('Turkish told by its letters', () => {
  it('reads a short Turkish opening full of names as Turkish, and English quoting Turkish names as English', () => {
    expect(
      detectReportLanguage(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, dün Beştepe'de Irak Başbakanı Muhammed Şia es-Sudani'yi kabul etti.",
      ),
    ).toBe('tr');
    expect(
      detectReportLanguage(
        'President Recep Tayyip Erdoğan received Foreign Minister Mevlüt Çavuşoğlu and former Prime Minister Binali Yıldırım in Ankara on Tuesday to discuss the situation in Syria and the talks with the European Union.',
      ),
    ).toBe('en');
  });
});
