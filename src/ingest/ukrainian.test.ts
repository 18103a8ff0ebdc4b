import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { caseForms, russianNominative } from './russian.js';

const read = (text: string, published: string) =>
  extractReport(text, { published }).meetings.map((m) => ({
    date: m.date,
    kind: m.kind,
    status: m.status,
    place: m.place.city,
    people: m.participants.map((p) => `${p.name}/${p.side ?? '-'}`),
  }));

describe('Ukrainian reports read with the Cyrillic rules', () => {
  it('finds a visit told with Ukrainian verbs, titles and case endings, dated by its weekday', () => {
    // 16 May 2024 is a Thursday: "у вівторок" (on Tuesday) is the 14th.
    const text =
      'Президент України Володимир Зеленський у вівторок зустрівся з державним секретарем США Ентоні Блінкеном, який прибув до Києва з візитом.\n\nСторони обговорили підтримку України. Також Блінкен провів переговори з міністром закордонних справ України Дмитром Кулебою.';
    const [main, ...rest] = read(text, '2024-05-16');
    expect(main).toMatchObject({ date: '2024-05-14', kind: 'visit', status: 'held', place: 'Kyiv' });
    expect(main?.people).toEqual([
      'Володимир Зеленський/host',
      'Ентоні Блінкен/visitor',
      'Дмитро Кулеба/host',
    ]);
    expect(rest).toEqual([]);
  });

  it('reads a Ukrainian phone call and an announced meeting', () => {
    const text =
      'Міністр закордонних справ України Андрій Сибіга провів телефонну розмову з міністром закордонних справ Франції Жаном-Ноелем Барро. Наступного тижня Сибіга відвідає Варшаву, де зустрінеться з президентом Польщі Анджеєм Дудою.';
    const [call, visit] = read(text, '2025-02-03');
    expect(call).toMatchObject({ kind: 'phone_call', status: 'held', date: '2025-02-03', place: null });
    expect(call?.people.map((p) => p.split('/')[0])).toEqual(['Андрій Сибіга', 'Жан-Ноель Барро']);
    expect(visit).toMatchObject({ status: 'planned', place: 'Warsaw' });
    expect(visit?.people.map((p) => p.split('/')[0])).toEqual(['Андрій Сибіга', 'Анджей Дуда']);
  });

  it('generates the Ukrainian case forms of names and brings Ukrainian endings back to the nominative', () => {
    expect(caseForms('україна')).toEqual(expect.arrayContaining(['україни', 'україні']));
    expect(caseForms('брюссель')).toContain('брюсселі');
    expect(russianNominative(['Дмитром', 'Кулебою'], 'ins')).toEqual(['Дмитро', 'Кулеба']);
    expect(russianNominative(['Ентоні', 'Блінкенові'], 'dat')).toEqual(['Ентоні', 'Блінкен']);
  });

  it('tells "голова" and "мер" titles from surnames that begin alike, and declines feminine titles and -ко surnames', () => {
    const text =
      'Голова Верховної Ради Руслан Стефанчук зустрівся з канцлеркою Німеччини Ангелою Меркель у Берліні. Посол Ігор Головченко провів зустріч з мером Києва Віталієм Кличком.';
    const people = read(text, '2021-05-12').flatMap((m) => m.people.map((p) => p.split('/')[0]));
    expect(people).toEqual(['Руслан Стефанчук', 'Ангела Меркель', 'Ігор Головченко', 'Віталій Кличко']);
  });

  it('keeps the one a call "discussed with" ("обговорив із міністром …"), not a topic', () => {
    expect(
      read(
        'Міністр оборони Канади Джон Вілсон телефоном обговорив із міністром оборони України Петром Коваленком питання постачання зброї.',
        '2022-08-17',
      ),
    ).toEqual([
      {
        date: '2022-08-17',
        kind: 'phone_call',
        status: 'held',
        place: null,
        people: ['Джон Вілсон/-', 'Петро Коваленко/-'],
      },
    ]);
  });

  it('puts two names after a plural title in the nominative, the second by the first ("та")', () => {
    const got = read(
      "Міністр закордонних справ Канади Джон Вілсон у п'ятницю провів телефонні розмови з міністрами закордонних справ Італії та Польщі, Іваном Ріттером та Яном Новаком.",
      '2021-04-10',
    );
    expect(got.map((m) => m.people)).toEqual([['Джон Вілсон/-', 'Іван Ріттер/-', 'Ян Новак/-']]);
  });

  it('leaves a second name in its own case when the first is no instrumental ("Рахим Карим")', () => {
    const got = read(
      'Президент Казахстану Марат Токаєв і Рахим Карим провели переговори в Астані.',
      '2024-05-16',
    );
    expect(got[0]?.people.map((p) => p.split('/')[0])).toEqual(['Марат Токаєв', 'Рахим Карим']);
  });

  it('brings "Шимоном Головнею" to the nominative, reads "Учора" and ignores a soft hyphen', () => {
    const names = (text: string) =>
      extractReport(text, { published: '2024-06-12' }).meetings.map((m) => [
        m.date,
        m.participants.map((p) => p.name),
      ]);
    expect(
      names(
        'Учора Голова Верховної Ради Руслан Стефанчук зустрівся з Маршалком Сейму Польщі Шимоном Головнею у Варшаві.',
      ),
    ).toEqual([['2024-06-11', ['Руслан Стефанчук', 'Шимон Головня']]]);
    expect(russianNominative(['Іллею'], 'ins')).toEqual(['Ілля']);
    expect(
      names(
        'Президент Володимир Зелен\u00ADський провів телефонну розмову з Прем’єр-міністром Японії Фуміо Кісідою.',
      ),
    ).toEqual([['2024-06-12', ['Володимир Зеленський', 'Фуміо Кісіда']]]);
  });
});
