import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, findDates, weekdayTowards } from './dates.js';

const first = (text: string, lang: 'en' | 'ru', reference: string | null) =>
  findDates(text, lang, reference)[0];

describe('days read relative to the report’s own day', () => {
  it('reads "yesterday" and "вчера" from the dateline day', () => {
    expect(first('Zarifi yesterday received Appathurai', 'en', '2011-06-23')).toMatchObject({
      date: '2011-06-22',
      relative: true,
    });
    expect(first('Министр вчера принял посла', 'ru', '2011-06-23')).toMatchObject({
      date: '2011-06-22',
      relative: true,
    });
  });

  it('reads "учора", "avant-hier" and "anteayer", which chrono misses or misreads', () => {
    // 2024-06-12 is the reference: yesterday is the 11th, the day before yesterday the 10th.
    expect(findDates('Учора Прем’єр-міністр прийняв посла', 'uk', '2024-06-12')[0]).toMatchObject({
      date: '2024-06-11',
      relative: true,
    });
    expect(findDates('Le président a reçu avant-hier le chancelier', 'fr', '2024-06-12')).toMatchObject([
      { text: 'avant-hier', date: '2024-06-10', relative: true },
    ]);
    expect(findDates('El presidente recibió anteayer al canciller', 'es', '2024-06-12')).toMatchObject([
      { text: 'anteayer', date: '2024-06-10', relative: true },
    ]);
    expect(findDates('Se reunirán pasado mañana en Lima', 'es', '2024-06-12')).toMatchObject([
      { text: 'pasado mañana', date: '2024-06-14' },
    ]);
  });

  it('reads "مساء الاثنين" (Monday evening) as the weekday, which chrono reads as no day at all', () => {
    expect(findDates('التقى الرئيس، مساء الاثنين، المبعوث', 'ar', '2024-06-12')).toMatchObject([
      { text: 'الاثنين', weekdayOnly: true, relative: true },
    ]);
    expect(findDates('التقى الرئيس صباح يوم الخميس المبعوث', 'ar', '2024-06-12')).toMatchObject([
      { text: 'يوم الخميس', weekdayOnly: true },
    ]);
    // "مساء أمس" (yesterday evening) chrono reads well, and it is left to it.
    expect(findDates('التقى الرئيس مساء أمس المبعوث', 'ar', '2024-06-12')[0]?.date).toBe('2024-06-11');
  });

  it('reads "today (20 March 2024)" as two mentions of one day', () => {
    const found = findDates('met at NATO Headquarters today (20 March 2024).', 'en', '2024-03-20');
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['today', '2024-03-20'],
      ['20 March 2024', '2024-03-20'],
    ]);
  });

  it('reads ranges in either order and language', () => {
    expect(first('paid a visit on March 23-24', 'en', '2023-03-25')).toMatchObject({
      date: '2023-03-23',
      end: '2023-03-24',
    });
    expect(first('will visit Uzbekistan on 12-13 June', 'en', '2024-06-06')).toMatchObject({
      date: '2024-06-12',
      end: '2024-06-13',
    });
    expect(first('посетит Кыргызстан 5-6 октября', 'ru', '2022-10-03')).toMatchObject({
      date: '2022-10-05',
      end: '2022-10-06',
    });
  });

  it('reads a bare weekday as the last such day for what happened and the next for what is planned', () => {
    const tuesday = first('met on Tuesday with the envoy', 'en', '2023-05-18');
    expect(tuesday?.weekdayOnly).toBe(true);
    expect(weekdayTowards(tuesday as NonNullable<typeof tuesday>, '2023-05-18', 'past')).toBe('2023-05-16');
    const monday = first('Лавров в понедельник проведет переговоры', 'ru', '2023-04-14');
    expect(weekdayTowards(monday as NonNullable<typeof monday>, '2023-04-14', 'future')).toBe('2023-04-17');
    const wednesday = first('в среду принял', 'ru', '2023-11-10');
    expect(weekdayTowards(wednesday as NonNullable<typeof wednesday>, '2023-11-10', 'past')).toBe(
      '2023-11-08',
    );
  });

  it('reads day-first numeric dates and ISO dates', () => {
    expect(first('Published 23.06.2011 14:20', 'en', null)?.date).toBe('2011-06-23');
    expect(first('опубликовано 2011-06-23', 'ru', null)?.date).toBe('2011-06-23');
  });

  it('keeps only fully written days when there is no reference day', () => {
    expect(findDates('Zarifi yesterday received Appathurai on 22 June', 'en', null)).toEqual([]);
    expect(first('On 16 November 2022, the Minister received', 'en', null)?.date).toBe('2022-11-16');
  });

  it('does not call chrono on text without a date word', () => {
    expect(findDates('The sides discussed border security.', 'en', '2011-06-23')).toEqual([]);
  });

  it('a weekday resolved towards the past is never after the reference and at most six days before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.constantFrom('Monday', 'Wednesday', 'Saturday'),
        (offset, day) => {
          const reference = addDays('2015-01-01', offset);
          const m = first(`met on ${day} with the envoy`, 'en', reference);
          if (!m) return;
          const past = weekdayTowards(m, reference, 'past');
          expect(past <= reference).toBe(true);
          expect(past >= addDays(reference, -6)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('weekdays the text pins down, and the day before in every language', () => {
  const at = (text: string, lang: 'es' | 'fr' | 'de' | 'uk' | 'en', reference: string) =>
    findDates(text, lang, reference)[0];

  it('reads a weekday with a day number as that day of the nearest month that fits', () => {
    // Published Saturday 26 August 2023: Wednesday the 23rd is three days before.
    expect(at('se reunió el pasado miércoles 23 con la canciller', 'es', '2023-08-26')).toMatchObject({
      date: '2023-08-23',
      weekdayOnly: false,
    });
    // Published 2 September 2023: "mercredi 30" is 30 August, the month before.
    expect(at("s'est entretenu mercredi 30 avec son homologue", 'fr', '2023-09-02')?.date).toBe('2023-08-30');
    // A month after the number makes it a full date, read as such.
    expect(at('recibirá el jueves 20 de abril al presidente', 'es', '2023-04-14')?.date).toBe('2023-04-20');
  });

  it('lets "pasado", "prochain" or "kommenden" choose the week of a bare weekday', () => {
    expect(at('el pasado lunes', 'es', '2023-08-26')).toMatchObject({ weekdayOnly: true, towards: 'past' });
    expect(at('recevra lundi prochain', 'fr', '2023-08-26')).toMatchObject({ towards: 'future' });
    expect(at('trifft am kommenden Montag', 'de', '2020-07-02')).toMatchObject({ towards: 'future' });
    expect(at('se reunió este lunes', 'es', '2023-08-26')?.towards).toBeUndefined();
  });

  it('reads "la víspera", "la veille", "напередодні" and "the previous day" as the day before', () => {
    expect(at('La víspera, el canciller se reunió con su homólogo', 'es', '2023-08-26')?.date).toBe(
      '2023-08-25',
    );
    expect(at("Le ministre s'est entretenu la veille avec lui", 'fr', '2023-08-26')?.date).toBe('2023-08-25');
    expect(at('Напередодні Зеленський зустрівся з Блінкеном', 'uk', '2024-05-16')?.date).toBe('2024-05-15');
    expect(at('They had met the previous day in Paris', 'en', '2024-05-16')?.date).toBe('2024-05-15');
    // "on the eve of" a visit is no day.
    expect(at('en vísperas de la cumbre', 'es', '2023-08-26')).toBeUndefined();
    expect(at('à la veille du sommet', 'fr', '2023-08-26')).toBeUndefined();
    expect(at('напередодні візиту', 'uk', '2024-05-16')).toBeUndefined();
  });
});

describe('"last night"', () => {
  it('is the evening before the reference day', () => {
    expect(
      first('Foreign Minister Ishaq Dar met Ambassador Jiang Zaidong late last night.', 'en', '2024-06-12')
        ?.date,
    ).toBe('2024-06-11');
  });
});

describe('days in Spanish copy', () => {
  it('does not read the "Mar" of "María" as Tuesday, and reads "este mediodía" as the day itself', () => {
    expect(
      findDates('La Canciller María Ángela Holguín dialogó con su homólogo.', 'es', '2014-06-26'),
    ).toEqual([]);
    expect(
      findDates('La presidenta recibió este mediodía a su par.', 'es', '2013-05-08').map((m) => m.date),
    ).toEqual(['2013-05-08']);
  });

  it('reads "este 20 y el 21 de noviembre" as a range from its first day', () => {
    expect(
      findDates('durante su visita, este 20 y el 21 de noviembre.', 'es', '2017-11-20')[0],
    ).toMatchObject({
      date: '2017-11-20',
      end: '2017-11-21',
    });
  });
});
