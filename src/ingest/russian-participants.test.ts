import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { compileGazetteer } from './gazetteer.js';
import { sameCyrillicFirstName } from './participants.js';
import { findNames } from './person-names.js';
import { russianNominative } from './russian.js';
import { tokenize } from './text.js';

// Reports written for these tests in the style of Russian and Ukrainian wire copy.
const none = compileGazetteer({ people: [], places: [], organizations: [] });
const who = (text: string, published = '2024-05-23') =>
  extractReport(text, { published }).meetings.map((m) => m.participants.map((p) => p.name));

describe('who takes part, read from Russian and Ukrainian reports', () => {
  it('keeps two people of one surname apart when their first names differ', () => {
    expect(sameCyrillicFirstName('Сергея Лаврова', 'Сергей Лавров')).toBe(true);
    expect(sameCyrillicFirstName('С. Лавров', 'Сергей Лавров')).toBe(true);
    expect(sameCyrillicFirstName('Майей Санду', 'Майя Санду')).toBe(true);
    expect(sameCyrillicFirstName('Сердар Бердымухамедов', 'Гурбангулы Бердымухамедов')).toBe(false);
    const [people] = who(
      'Министр провел переговоры с Гурбангулы Бердымухамедовым и с президентом Туркменистана Сердаром Бердымухамедовым.',
    );
    expect(people).toEqual(['Гурбангулы Бердымухамедов', 'Сердар Бердымухамедов']);
  });

  it('does not take an adverb opening a sentence for a first name', () => {
    const sentence = 'Далее Акар провел переговоры со Столтенбергом.';
    const found = findNames(sentence, tokenize(sentence), 'ru', none).map((m) => m.name);
    expect(found).toEqual(['Акар', 'Столтенберг']);
    const [people] = who(
      'Хулуси Акар встретился с Йенсом Столтенбергом. Далее Акар провел переговоры со Столтенбергом.',
    );
    expect(people).toEqual(['Хулуси Акар', 'Йенс Столтенберг']);
  });

  it('adds who "took part in the meeting" to the meeting told before', () => {
    const meetings = who(
      'Министр обороны Азербайджана Закир Гасанов встретился с министром обороны Турции Исметом Йылмазом.\n\nВо встрече также принял участие посол Турции в Азербайджане Исмаил Алпер Джошгун.',
    );
    expect(meetings).toEqual([['Закир Гасанов', 'Исмет Йылмаз', 'Исмаил Алпер Джошгун']]);
  });

  it('reads "зустрітися"/"встретиться" and "побывал" as meeting and visit words', () => {
    const [people] = who(
      'Міністр закордонних справ України Дмитро Кулеба заявив про готовність знову зустрітися з міністром закордонних справ Росії Сергієм Лавровим.',
    );
    expect(people).toEqual(['Дмитро Кулеба', 'Сергій Лавров']);
    const [ru] = who('Министр Иван Петров готов встретиться с министром Грузии Давидом Залкалиани.');
    expect(ru).toEqual(['Иван Петров', 'Давид Залкалиани']);
    const meetings = extractReport('Вчера президент Эстонии Керсти Кальюлайд побывала в Москве.', {
      published: '2019-04-19',
    }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['visit', '2019-04-18', 'Керсти Кальюлайд'],
    ]);
  });

  it('reads a surname after its Cyrillic initials, spaced or not, as a name', () => {
    const sentence =
      'Состоялась встреча Министра иностранных дел С.В.Лаврова с Министром Грузии Д.М. Залкалиани.';
    const found = findNames(sentence, tokenize(sentence), 'ru', none)
      .filter((m) => m.strong)
      .map((m) => m.name);
    expect(found).toEqual(['С. В. Лавров', 'Д. М. Залкалиани']);
    const short = 'Встреча С. Лаврова с Д. Залкалиани прошла в Нью-Йорке.';
    expect(
      findNames(short, tokenize(short), 'ru', none)
        .filter((m) => m.strong)
        .map((m) => m.name),
    ).toEqual(['С. Лавров', 'Д. Залкалиани']);
  });

  it('brings a first name in -йя back from its cases ("Майей", "Майи")', () => {
    expect(russianNominative(['Майей', 'Санду'], 'ins')).toEqual(['Майя', 'Санду']);
    expect(russianNominative(['Майи', 'Петровой'], 'gen')).toEqual(['Майя', 'Петрова']);
    expect(russianNominative(['Марией', 'Захаровой'], 'ins')).toEqual(['Мария', 'Захарова']);
  });

  it('takes "обсудит с X" for talks with X, on the day of the visit under way', () => {
    const meetings = extractReport(
      'Глава Совета Европы Шарль Мишель прибыл с визитом в Кишинев.\n\nМишель обсудит с Майей Санду отношения между Молдовой и ЕС.',
      { published: '2021-02-28' },
    ).meetings;
    expect(meetings.map((m) => [m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['2021-02-28', 'Шарль Мишель', 'Майя Санду'],
    ]);
  });

  it('keeps the names of republics, institutions and things out of a person’s name', () => {
    const strong = (sentence: string) =>
      findNames(sentence, tokenize(sentence), 'ru', none)
        .filter((m) => m.strong)
        .map((m) => m.name);
    expect(
      strong(
        'Глава Республики Татарстан Рустам Минниханов встретился с исполняющим обязанности главы Донецкой республики Денисом Пушилиным.',
      ),
    ).toEqual(['Рустам Минниханов', 'Денис Пушилин']);
    expect(strong('Минниханов рассказал о сотрудничестве с Луганской народной республикой.')).toEqual([]);
    expect(strong('Генеральный секретарь Содружества Независимых Государств Сергей Лебедев прибыл.')).toEqual(
      ['Сергей Лебедев'],
    );
    expect(strong('Его принял Председатель Халк Маслахаты Гурбангулы Бердымухамедов.')).toEqual([
      'Гурбангулы Бердымухамедов',
    ]);
    expect(strong('Рахмон принял госсекретаря Соединенных Штатов Америки Джона Керри.')).toEqual([
      'Джон Керри',
    ]);
    expect(strong('Ашхабад посетил глава Исполкома СНГ.')).toEqual([]);
    expect(strong('Делегация посетила форум в «Казань Экспо».')).toEqual([]);
    expect(strong('В Баку Экспо Центре министр Закир Гасанов встретился с коллегой.')).toEqual([
      'Закир Гасанов',
    ]);
  });

  it('does not date a meeting by a nameless sentence about another event', () => {
    const meetings = extractReport(
      'Рустам Минниханов встретился с Денисом Пушилиным.\n\nДелегация прибыла в Казань накануне, чтобы посетить форум. Но сегодня, 7 декабря, главы встретились в Кремле.',
      { published: '2022-12-07' },
    ).meetings;
    expect(meetings.map((m) => [m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['2022-12-07', 'Рустам Минниханов', 'Денис Пушилин'],
    ]);
  });

  it('reads "Дипломат" after a visit as the visitor just told', () => {
    const meetings = extractReport(
      'В воскресенье, 10 ноября, министр иностранных дел РФ Сергей Лавров прибыл с визитом в Ереван. Дипломат встретился с главой МИД Армении Зограбом Мнацаканяном.',
      { published: '2019-11-10' },
    ).meetings;
    expect(meetings.map((m) => [m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['2019-11-10', 'Сергей Лавров', 'Зограб Мнацаканян'],
    ]);
  });

  it('files a head of state who "находился в" a country as a later one-person visit', () => {
    const meetings = extractReport(
      'Президент Владимир Зеленский провел встречу с президентом Польши Анджеем Дудой.\n\nВо вторник, 22 февраля, в Украине находился Президент Эстонии Алар Карис.',
      { published: '2022-02-23' },
    ).meetings;
    expect(meetings.map((m) => [m.kind, m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['meeting', '2022-02-23', 'Владимир Зеленский', 'Анджей Дуда'],
      ['visit', '2022-02-22', 'Алар Карис'],
    ]);
  });

  it('reads "Дж." as one initial and brings Ukrainian "-ського/-ському/-ським" back to "-ський"', () => {
    const strong = (sentence: string) =>
      findNames(sentence, tokenize(sentence), 'ru', none)
        .filter((m) => m.strong)
        .map((m) => m.name);
    expect(strong('Державний секретар США Ентоні Дж. Блінкен зустрівся з Дмитром Кулебою.')).toEqual([
      'Ентоні Дж. Блінкен',
      'Дмитро Кулеба',
    ]);
    const [met] = who(
      'Державний секретар США Ентоні Дж. Блінкен зустрівся сьогодні з Міністром закордонних справ України Дмитром Кулебою.',
      '2022-11-12',
    );
    expect(met).toEqual(['Ентоні Дж. Блінкен', 'Дмитро Кулеба']);
    expect(russianNominative(['Зеленському'], 'dat')).toEqual(['Зеленський']);
    expect(russianNominative(['Володимира', 'Зеленського'], 'gen')).toEqual(['Володимир', 'Зеленський']);
    expect(russianNominative(['Володимиром', 'Зеленським'], 'ins')).toEqual(['Володимир', 'Зеленський']);
    const [people] = who(
      'Президент США Джо Байден сказав у телефонній розмові президентові України Зеленському у понеділок, що підтримує Україну.',
      '2021-06-07',
    );
    expect(people).toEqual(['Джо Байден', 'Зеленський']);
  });

  it('files an older meeting whose day the report writes', () => {
    const meetings = extractReport(
      'Президент Эстонии Керсти Кальюлайд дала интервью газете.\n\n18 апреля Кальюлайд побывала в Москве, где встретилась с Владимиром Путиным.',
      { published: '2019-12-21' },
    ).meetings;
    expect(meetings.map((m) => [m.date, ...m.participants.map((p) => p.name)])).toEqual([
      ['2019-04-18', 'Керсти Кальюлайд', 'Владимир Путин'],
    ]);
  });

  it('reads "ее принял X" as X receiving the visitor just told', () => {
    const [people] = who(
      'Президент Эстонии Керсти Кальюлайд прибыла в Москву. Позднее ее принял в Кремле российский лидер Владимир Путин.',
      '2019-04-18',
    );
    expect(people).toEqual(['Керсти Кальюлайд', 'Владимир Путин']);
  });

  it('takes the missing side of the main meeting from the headline', () => {
    const [people] = who(
      'Зеленський провів телефонну розмову з Байденом\n\nПро це Володимир Зеленський повідомив у Телеграмі.\n\n“Поговорив телефоном із Президентом США Джозефом Байденом. Обговорили ситуацію на полі бою”, – зазначив Президент України.',
      '2024-02-18',
    );
    expect(people).toEqual(['Володимир Зеленський', 'Джозеф Байден']);
  });

  it('reads "доктор" as an honorific before a surname', () => {
    const sentence = 'Во время пребывания в Таджикистане доктор Викерс встретился с официальными лицами.';
    expect(
      findNames(sentence, tokenize(sentence), 'ru', none)
        .filter((m) => m.strong)
        .map((m) => m.name),
    ).toEqual(['Викерс']);
  });
});

describe('the unnamed side who speaks after a call', () => {
  it('takes "X поздравил собеседника" after a call "глава государства" made', () => {
    expect(
      who(
        'Сегодня глава государства провел телефонный разговор с Президентом Российской Федерации Владимиром Путиным. ' +
          'Шавкат Мирзиёев поздравил собеседника с Днем России.',
        '2024-06-12',
      ),
    ).toEqual([['Владимир Путин', 'Шавкат Мирзиёев']]);
  });
});

describe('names in the instrumental after a title or in a list', () => {
  const names = (sentence: string) => findNames(sentence, tokenize(sentence), 'ru', none).map((m) => m.name);

  it('reads "консулом" as a title in the instrumental', () => {
    expect(
      names('Губернатор встретился с генеральным консулом Великобритании Джеймсом Макгуайэром.'),
    ).toContain('Джеймс Макгуайэр');
  });

  it('gives a feminine name in "-аей" its nominative', () => {
    expect(names('Мирзоян встретился с высоким представителем Евросоюза Каей Каллас.')).toContain(
      'Кая Каллас',
    );
  });

  it('reads the case from the surname when the first name does not decline', () => {
    expect(
      names('Он встретился с президентами Кыргызстана Садыром Жапаровым и Таджикистана Эмомали Рахмоном.'),
    ).toEqual(expect.arrayContaining(['Садыр Жапаров', 'Эмомали Рахмон']));
  });
});

describe('the head of a delegation', () => {
  it('takes "возглавляет делегацию X" into the meeting with the delegation', () => {
    expect(
      who(
        'Министр обороны Азербайджана Закир Гасанов встретился с делегацией НАТО. ' +
          'Известно, что возглавляет делегацию заместитель генерального секретаря НАТО Роуз Геттемюллер.',
        '2018-09-21',
      ),
    ).toEqual([['Закир Гасанов', 'Роуз Геттемюллер']]);
  });
});

describe('credentials, adjectives and abbreviations in Russian copy', () => {
  it('reads "Верительные грамоты вручили посол X, посол Y" as a meeting of the envoys', () => {
    expect(
      who(
        'Верительные грамоты вручили посол Словении Аленка Сухадольник, посол Италии Антонелло Де Риу и посол Бельгии Эрик Де Майер.',
        '2025-10-13',
      ),
    ).toEqual([['Аленка Сухадольник', 'Антонелло Де Риу', 'Эрик Де Майер']]);
  });

  it('takes no adjective, participle or abbreviation for a person', () => {
    expect(
      who(
        'Одесский городской голова Геннадий Труханов встретился с Генеральным консулом Республики Беларусь в Одессе Владимиром Чехловым.',
        '2016-09-26',
      ),
    ).toEqual([['Геннадий Труханов', 'Владимир Чехлов']]);
    expect(
      who(
        'Речь шла во время встречи главы ДонОГА со Специальным представителем Действующего председателя ОБСЕ в Украине Хайди Грау.',
        '2020-11-06',
      ),
    ).toEqual([['Хайди Грау']]);
  });

  it('gives a surname after initials its nominative: "В. Чехловым"', () => {
    const sentence = 'Труханов встретился с В. Чехловым.';
    expect(findNames(sentence, tokenize(sentence), 'ru', none).map((m) => m.name)).toContain('В. Чехлов');
  });
});

describe('calls made with "позвонил", and "Она состоялась" dating the meeting', () => {
  it('reads "позвонили Касым-Жомарту Токаеву" as a call, the name in the nominative', () => {
    expect(
      who(
        'АСТАНА, 22 мар — Sputnik. Президенты разных стран позвонили Касым-Жомарту Токаеву и поздравили с праздником Наурыз. ' +
          'Глава Турции Реджеп Тайип Эрдоган пожелал коллеге успехов на новом посту.',
        '2019-03-22',
      ),
    ).toEqual([['Касым-Жомарт Токаев', 'Реджеп Тайип Эрдоган']]);
  });

  it('takes the day of "Она состоялась 5 февраля" for the meeting told before', () => {
    const { meetings } = extractReport(
      'Губернатор Вячеслав Гладков лично встретился с министром обороны РФ Сергеем Шойгу. Он сообщил о ней в своём telegram-канале. ' +
        'Это их первая очная встреча, о которой стало известно. Она состоялась 5 февраля в Москве.',
      { published: '2024-02-06' },
    );
    expect(meetings.map((m) => m.date)).toEqual(['2024-02-05']);
  });
});

describe('names that are not of anyone at the meeting', () => {
  it('leaves out the one a university is named after and its "-ский" adjective', () => {
    expect(
      who(
        'Президент Киргизии Садыр Жапаров встретился с премьер-министром Индии Нарендрой Моди. ' +
          'В ходе встречи стороны посетили Казанский федеральный университет имени Ленина и Славянский университет имени Б.Ельцина.',
      ),
    ).toEqual([['Садыр Жапаров', 'Нарендра Моди']]);
  });

  it('still takes a "-ский" surname followed by a verb', () => {
    expect(who('Лавров и Вышинский провели переговоры в Минске.')).toEqual([['Лавров', 'Вышинский']]);
  });

  it('leaves out who wrote or added the quote about the meeting', () => {
    expect(who('«Путин провел переговоры с Алиевым», — добавил Ушаков.')).toEqual([['Путин', 'Алиев']]);
    expect(
      who(
        '"В ходе визита Токаев встретится с президентом России Владимиром Путиным", - написал пресс-секретарь Берик Уали.',
      ),
    ).toEqual([['Токаев', 'Владимир Путин']]);
    expect(
      who('«Зеленський провів переговори з президентом Франції Емманюелем Макроном», — додав Сибіга.'),
    ).toEqual([['Зеленський', 'Емманюель Макрон']]);
  });
});

describe('credentials handed in person', () => {
  it('reads "вручил верительные грамоты" as a meeting on its day, the monarch in the nominative', () => {
    const report = extractReport(
      'ЛОНДОН, 12 июня. Посол Монголии в Великобритании Батбаяр Улзий 3 июня вручил верительные грамоты королю Карлу III.',
      { published: '2024-06-12' },
    );
    expect(report.meetings.map((m) => [m.date, m.kind, m.participants.map((p) => p.name)])).toEqual([
      ['2024-06-03', 'meeting', ['Батбаяр Улзий', 'Карл III']],
    ]);
  });

  it('reads a copy of the credentials handed to a minister, and the Ukrainian "вручив вірчі грамоти"', () => {
    expect(
      who(
        'АСТАНА, 11 июня. Новый посол Германии Моника Иверсен вручила копии верительных грамот министру иностранных дел Мурату Нуртлеу.',
        '2024-06-11',
      ),
    ).toEqual([['Моника Иверсен', 'Мурат Нуртлеу']]);
    expect(
      who(
        'КИЇВ, 11 червня. Посол Японії Масаші Мізобуті вручив вірчі грамоти Президенту України Володимиру Зеленському.',
        '2024-06-11',
      ),
    ).toEqual([['Масаші Мізобуті', 'Володимир Зеленський']]);
  });
});

describe('who speaks after their own meeting', () => {
  it('keeps the speaker of "после переговоров с X … сообщил Y" as a side of the talks', () => {
    expect(
      who(
        'Об этом на пресс-конференции после переговоров с главой МИД Литвы Габриэлюсом Ландсбергисом в Киеве сообщил министр иностранных дел Украины Дмитрий Кулеба.',
        '2021-02-23',
      ),
    ).toEqual([['Габриэлюс Ландсбергис', 'Дмитрий Кулеба']]);
    expect(
      who(
        'Про це після зустрічі з міністром закордонних справ Польщі Радославом Сікорським заявив глава МЗС України Андрій Сибіга.',
      ),
    ).toEqual([['Радослав Сікорський', 'Андрій Сибіга']]);
  });

  it('still leaves out a speaker who only reports the meeting', () => {
    expect(
      who(
        'Президент России Владимир Путин провел переговоры с президентом Азербайджана Ильхамом Алиевым, сообщил пресс-секретарь Кремля Дмитрий Песков.',
      ),
    ).toEqual([['Владимир Путин', 'Ильхам Алиев']]);
  });
});

describe('a visit named as the frame of the meeting', () => {
  it('puts the meeting first, not the visit it was held "в рамках"', () => {
    const report = extractReport(
      'Встретились министры иностранных дел Армении и Ирана\n\n' +
        'Встреча глав внешнеполитических ведомств прошла в рамках визита премьер-министра Армении Никола Пашиняна в Тегеран.\n\n' +
        'ЕРЕВАН, 12 июня. Накануне, 11 июня, состоялась встреча министра иностранных дел Армении Арарата Мирзояна с иранским коллегой Аббасом Аракчи.',
      { published: '2024-06-12' },
    );
    expect(report.meetings[0]?.date).toBe('2024-06-11');
    expect(report.meetings[0]?.participants.map((p) => p.name)).toEqual(['Арарат Мирзоян', 'Аббас Аракчи']);
  });
});

describe('an earlier meeting told with "Ранее"', () => {
  it('files "Ранее X провел переговоры с Y" as a held meeting with no day guessed', () => {
    const report = extractReport(
      'Глава МИД России Сергей Лавров 10 мая встретился с президентом США Дональдом Трампом в Белом доме.\n\n' +
        'Ранее Сергей Лавров провел переговоры с американским коллегой Рексом Тиллерсоном.',
      { published: '2017-05-10' },
    );
    expect(report.meetings.map((m) => [m.date, m.participants.map((p) => p.name)])).toEqual([
      ['2017-05-10', ['Сергей Лавров', 'Дональд Трамп']],
      [null, ['Сергей Лавров', 'Рекс Тиллерсон']],
    ]);
    expect(who('Раніше Дмитро Кулеба провів переговори з Антоні Блінкеном.', '2021-02-23')).toEqual([
      ['Дмитро Кулеба', 'Антоні Блінкен'],
    ]);
  });
});

describe('Russian shapes of a seventh set', () => {
  const read = (text: string, published: string) =>
    extractReport(text, { published }).meetings.map((m) => ({
      date: m.date,
      status: m.status,
      people: m.participants.map((p) => p.name),
    }));

  it('dates "17 и 18 февраля" by its first day', () => {
    const text =
      'Делегация прибыла в Женеву. 17 и 18 февраля в городе пройдут переговоры, в которых примут участие помощник президента Владимир Мединский и замминистра Михаил Галузин.';
    expect(read(text, '2026-02-17')[0]?.date).toBe('2026-02-17');
  });

  it('leaves out the head of a press service, and a place named after "в резиденции"', () => {
    const text =
      'Как сообщил руководитель пресс-службы президента Павел Легкий, 12 мая в резиденции Вискули президент Нурсултан Назарбаев и президент Александр Лукашенко провели неформальные переговоры.';
    expect(read(text, '2012-05-13')[0]?.people).toEqual(['Нурсултан Назарбаев', 'Александр Лукашенко']);
  });

  it('leaves out who said it "в интервью радио X", and reads "МИДа" and "экс-президента"', () => {
    const text =
      'Визит президента Латвии Валдиса Затлерса в Москву состоится осенью, - сказал в интервью радио Baltkom посол России в Латвии Александр Вешняков. Впереди визит главы латвийского МИДа Мариса Риекстиньша в Россию 23 октября, где он встретится с Сергеем Лавровым.';
    const meetings = read(text, '2008-08-01');
    expect(meetings.flatMap((m) => m.people)).not.toContain('Александр Вешняков');
    expect(meetings.at(-1)).toEqual({
      date: '2008-10-23',
      status: 'planned',
      people: ['Марис Риекстиньш', 'Сергей Лавров'],
    });
    const names = findNames(
      'Приглашение экс-президента России Владимира Путина остается в силе.',
      tokenize('Приглашение экс-президента России Владимира Путина остается в силе.'),
      'ru',
      none,
    ).map((m) => m.name);
    expect(names).toContain('Владимир Путин');
  });
});

describe('adjectives and institutions in Russian copy', () => {
  it('files no adjective before a title, compound adjective of two states or the Cabinet as a name', () => {
    const names = (sentence: string) =>
      findNames(sentence, tokenize(sentence), 'ru', none)
        .filter((m) => m.strong)
        .map((m) => m.name);
    expect(names('Вьетнамский лидер прибыл с визитом в Минск 26 июня.')).toEqual([]);
    expect(names('Была подчеркнута значимость Туркмено-американского бизнес-совета.')).toEqual([]);
    expect(
      names('Заместитель Председателя Кабинета Министров Рашид Мередов провел встречу с Марко Рубио.'),
    ).toEqual(['Рашид Мередов', 'Марко Рубио']);
  });
});
