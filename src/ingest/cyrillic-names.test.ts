import { describe, expect, it } from 'vitest';
import { extractReport, surnameNominative } from './extract.js';
import { compileGazetteer } from './gazetteer.js';
import { findNames } from './person-names.js';
import { russianNominative } from './russian.js';
import { tokenize } from './text.js';

// Sentences written for these tests in the style of Russian and Ukrainian wire copy.
const none = compileGazetteer({ people: [], places: [], organizations: [] });
const names = (sentence: string) =>
  findNames(sentence, tokenize(sentence), 'ru', none)
    .filter((m) => m.strong)
    .map((m) => m.name);

describe('Russian and Ukrainian names of every shape', () => {
  it('takes two capitalized Cyrillic words for a name whatever their endings', () => {
    expect(names('Рабочий визит Сергея Шойгу в Азербайджан совпал со стартом игр.')).toEqual([
      'Сергей Шойгу',
    ]);
    expect(names('Он также встретился с Саломе Зурабишвили.')).toEqual(['Саломе Зурабишвили']);
    expect(names('Майя Санду отправилась с визитом в Киев.')).toEqual(['Майя Санду']);
    // A meeting's noun opening a sentence is no first name.
    expect(names('Переговоры Кулебы и Лаврова пройдут завтра.')).toEqual([]);
  });

  it('brings a name to the nominative by its own endings after a title the lists do not know', () => {
    expect(names('Лукашенко провел встречу со спецпосланником президента США Джоном Коулом.')).toEqual([
      'Джон Коул',
    ]);
    // "Александром" is "Александр" (the Ukrainian "Петром" → "Петро" rule is for those two names only).
    expect(names('Он провел переговоры с Александром Лукашенко в Минске.')).toEqual(['Александр Лукашенко']);
  });

  it('keeps the Arabic links and articles of a name, and a monarch’s number', () => {
    expect(
      names('Президент Ирана провел переговоры с эмиром Катара шейхом Тамимом бен Хамадом Аль Тани.'),
    ).toEqual(['Тамим бен Хамад Аль Тани']);
    expect(names('Путин принял в Кремле президента Египта Абдель Фаттаха ас-Сиси.')).toEqual([
      'Абдель Фаттах ас-Сиси',
    ]);
    expect(names('Лавров провел переговоры с королем Эсватини Мсвати III.')).toEqual(['Мсвати III']);
  });

  it('takes a link word for a first name when it is capitalized', () => {
    const latin = (sentence: string) =>
      findNames(sentence, tokenize(sentence), 'en', none)
        .filter((m) => m.strong)
        .map((m) => m.name);
    expect(latin('Austin spoke with Defence Secretary Ben Wallace.')).toEqual(['Ben Wallace']);
    expect(latin('Le ministre a reçu le prince Fayçal ben Farhane.')).toEqual(['Fayçal ben Farhane']);
  });

  it('brings a name after "госсекретарем" and a hushing "-ем" back to the nominative', () => {
    expect(names('Глава МИД встретился с госсекретарем США Энтони Блинкеном.')).toEqual(['Энтони Блинкен']);
    expect(russianNominative(['Олафом', 'Шольцем'], 'ins')).toEqual(['Олаф', 'Шольц']);
    expect(russianNominative(['Антониу', 'Гутеррешем'], 'ins')).toEqual(['Антониу', 'Гутерреш']);
  });

  it('reads a place after "в", "из" or "г." and a region’s adjective as no names', () => {
    expect(names('Генконсул в г. Владивостоке Рустам Исмаилов встретился с губернатором.')).toEqual([
      'Рустам Исмаилов',
    ]);
    expect(names('Губернатор Амурской области Василий Орлов провел встречу.')).toEqual(['Василий Орлов']);
    expect(names('Зеленський провів розмову з очільником Білого дому Дональдом Трампом.')).toEqual([
      'Дональд Трамп',
    ]);
  });

  it('files a visit told with "приехал" ("came")', () => {
    const r = extractReport(
      'В понедельник, 11 июня, в Одессу приехали министр обороны Украины Степан Полторак и министр обороны Республики Молдова Еуджен Стурза.',
      { published: '2018-06-11' },
    );
    expect(r.meetings[0]).toMatchObject({ kind: 'visit', date: '2018-06-11' });
    expect(r.meetings[0]?.participants.map((p) => p.name)).toEqual(['Степан Полторак', 'Еуджен Стурза']);
  });
});

describe('the case an acting official’s title gives the name after it', () => {
  it('reads "исполняющим обязанности министра" and "виконуючим обов’язки" as instrumental', () => {
    expect(
      names(
        'Министр провел переговоры с исполняющим обязанности министра иностранных дел Вьетнама Ле Хоай Чунгом.',
      ),
    ).toEqual(['Ле Хоай Чунг']);
    expect(russianNominative(['Бахтійором', 'Саїдовим'], 'ins')).toEqual(['Бахтійор', 'Саїдов']);
  });
});

describe('a list a meeting sentence opens with a colon', () => {
  it('gives the meeting the people of its lines, and no state’s long name', () => {
    const text = [
      'Президент Таджикистана Эмомали Рахмон 19 февраля принял верительные грамоты от новых послов.',
      'Верительные грамоты вручили послы:',
      '- Республики Армения – Гевондян Армен Вачикович;',
      '- Федеративной Демократической Республики Эфиопия – Джамаль Бакир Абдулло.',
      'Эмомали Рахмон поздравил дипломатов.',
    ].join('\n');
    const [m] = extractReport(text, { published: '2025-02-19' }).meetings;
    expect(m?.participants.map((p) => p.name)).toEqual([
      'Эмомали Рахмон',
      'Гевондян Армен Вачикович',
      'Джамаль Бакир Абдулло',
    ]);
  });
});

describe('"ранее" opening the news of the last days', () => {
  it('files a call told "earlier" on a day of the same week, with the minister named before', () => {
    const text = [
      'Глава Министерства обороны России Сергей Шойгу созвонился в воскресенье, 23 октября, с министром обороны США Ллойдом Остином.',
      'Ранее 23 октября сообщалось, что российский министр провел телефонные переговоры с турецким коллегой Хулуси Акаром.',
    ].join('\n');
    const meetings = extractReport(text, { published: '2022-10-23' }).meetings;
    expect(meetings.map((m) => [m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['2022-10-23', 'Сергей Шойгу', 'Ллойд Остин'],
      ['2022-10-23', 'Сергей Шойгу', 'Хулуси Акар'],
    ]);
  });
});

describe('Ukrainian titles with a country of two words, a prince, a parliament', () => {
  it('takes the country and the prince into the title, and the name back to the nominative', () => {
    expect(
      names(
        'Міністр оборони провів переговори з міністром оборони Саудівської Аравії принцом Халідом бін Салманом.',
      ),
    ).toEqual(['Халід бін Салман']);
    expect(names("Президент провів зустріч з прем'єр-міністром Великої Британії Ріші Сунаком.")).toEqual([
      'Ріші Сунак',
    ]);
    expect(names('Голова Ради зустрівся зі спікером Сейму Литви Вікторією Чміліте-Нільсен.')).toEqual([
      'Вікторія Чміліте-Нільсен',
    ]);
  });

  it('takes a bare surname joined by "и" to another in a meeting sentence', () => {
    const [m] = extractReport('Лавров и Блинкен встретились в Женеве.', { published: '2024-03-14' }).meetings;
    expect(m?.participants.map((p) => p.name)).toEqual(['Лавров', 'Блинкен']);
  });
});

describe('a bare "-ский" surname in an oblique case in a meeting sentence', () => {
  it('is taken, in its dictionary form, unless a word in the same case makes it an adjective', () => {
    expect(surnameNominative('Зеленского')).toBe('Зеленский');
    expect(surnameNominative('Зеленським')).toBe('Зеленський');
    const [m] = extractReport(
      'Саломе Зурабишвили прибыла в администрацию после прибытия Зеленского в Мариинский дворец.',
      { published: '2019-05-20' },
    ).meetings;
    expect(m?.participants.map((p) => p.name)).toEqual(['Саломе Зурабишвили', 'Зеленский']);
    const [forum] = extractReport(
      'Сергей Лавров провел встречу с Юраем Бланаром на полях Анталийского дипломатического форума.',
      { published: '2024-03-02' },
    ).meetings;
    expect(forum?.participants.map((p) => p.name)).toEqual(['Сергей Лавров', 'Юрай Бланар']);
  });
});
