import isoCountries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import enNationality from 'i18n-nationality/langs/en.json' with { type: 'json' };
import esNationality from 'i18n-nationality/langs/es.json' with { type: 'json' };
import frNationality from 'i18n-nationality/langs/fr.json' with { type: 'json' };
/**
 * States a report may name, with the words that tie a title or a person to one: "Tajik Foreign
 * Minister", "Tajikistan's", "министр иностранных дел Таджикистана", "таджикской стороны".
 * Russian names are nominatives (case forms are generated); Russian adjectives are stems.
 */
export interface Country {
  name: string;
  names: string[];
  adjectives: string[];
}

const c = (name: string, names: string[], adjectives: string[]): Country => ({
  name,
  names: [name, ...names],
  adjectives,
});

const CURATED: Country[] = [
  c('Afghanistan', ['Афганистан', 'ИРА'], ['Afghan', 'афганск']),
  c('Albania', ['Албания'], ['Albanian', 'албанск']),
  c('Armenia', ['Армения'], ['Armenian', 'армянск']),
  c('Austria', ['Австрия'], ['Austrian', 'австрийск']),
  c('Azerbaijan', ['Азербайджан', 'Азербайджанская Республика'], ['Azerbaijani', 'Azeri', 'азербайджанск']),
  c('Belarus', ['Беларусь', 'Белоруссия', 'Республика Беларусь'], ['Belarusian', 'Belarussian', 'белорусск']),
  c('Belgium', ['Бельгия'], ['Belgian', 'бельгийск']),
  c('Bosnia and Herzegovina', ['Bosnia', 'BiH', 'Босния и Герцеговина', 'Босния'], ['Bosnian', 'боснийск']),
  c('Bulgaria', ['Болгария'], ['Bulgarian', 'болгарск']),
  c('Canada', ['Канада'], ['Canadian', 'канадск']),
  c('China', ['КНР', 'Китай'], ['Chinese', 'китайск']),
  c('Croatia', ['Хорватия'], ['Croatian', 'хорватск']),
  c('Czech Republic', ['Czechia', 'Чехия', 'Чешская Республика'], ['Czech', 'чешск']),
  c('Denmark', ['Дания'], ['Danish', 'датск']),
  c('Estonia', ['Эстония'], ['Estonian', 'эстонск']),
  c('Finland', ['Финляндия'], ['Finnish', 'финск', 'финляндск']),
  c('France', ['Франция'], ['French', 'французск']),
  c('Georgia', ['Грузия'], ['Georgian', 'грузинск']),
  c('Germany', ['ФРГ', 'Германия'], ['German', 'германск', 'немецк']),
  c('Greece', ['Греция'], ['Greek', 'греческ']),
  c('Hungary', ['Венгрия'], ['Hungarian', 'венгерск']),
  c('Iceland', ['Исландия'], ['Icelandic', 'исландск']),
  c('India', ['Индия'], ['Indian', 'индийск']),
  c('Iran', ['Иран'], ['Iranian', 'иранск']),
  c('Ireland', ['Ирландия'], ['Irish', 'ирландск']),
  c('Italy', ['Италия'], ['Italian', 'итальянск']),
  c('Japan', ['Япония'], ['Japanese', 'японск']),
  c(
    'Kazakhstan',
    ['Republic of Kazakhstan', 'Казахстан', 'Республика Казахстан', 'РК'],
    ['Kazakh', 'Kazakhstani', 'казахстанск', 'казахск'],
  ),
  c(
    'Kyrgyzstan',
    ['Kyrgyz Republic', 'Kyrgyzia', 'Кыргызстан', 'Киргизия', 'Кыргызская Республика', 'КР'],
    ['Kyrgyz', 'кыргызск', 'киргизск', 'кыргызстанск'],
  ),
  c('Latvia', ['Латвия'], ['Latvian', 'латвийск']),
  c('Lithuania', ['Литва'], ['Lithuanian', 'литовск']),
  c('Luxembourg', ['Люксембург'], ['Luxembourgish', 'люксембургск']),
  c('Malta', ['Мальта'], ['Maltese', 'мальтийск']),
  c(
    'Moldova',
    ['Republic of Moldova', 'Молдова', 'Молдавия', 'Республика Молдова'],
    ['Moldovan', 'молдавск', 'молдовск'],
  ),
  c('Mongolia', ['Монголия'], ['Mongolian', 'монгольск']),
  c('Montenegro', ['Черногория'], ['Montenegrin', 'черногорск']),
  c('Netherlands', ['the Netherlands', 'Нидерланды'], ['Dutch', 'нидерландск']),
  c(
    'North Macedonia',
    ['Macedonia', 'Северная Македония', 'Македония'],
    ['Macedonian', 'македонск', 'северомакедонск'],
  ),
  c('Norway', ['Норвегия'], ['Norwegian', 'норвежск']),
  c('Pakistan', ['Пакистан'], ['Pakistani', 'пакистанск']),
  c('Poland', ['Польша'], ['Polish', 'польск']),
  c('Portugal', ['Португалия'], ['Portuguese', 'португальск']),
  c('Romania', ['Румыния'], ['Romanian', 'румынск']),
  c('Russia', ['Russian Federation', 'Россия', 'РФ', 'Российская Федерация'], ['Russian', 'российск']),
  c('Serbia', ['Сербия'], ['Serbian', 'сербск']),
  c('Slovakia', ['Словакия'], ['Slovak', 'словацк']),
  c('Slovenia', ['Словения'], ['Slovenian', 'Slovene', 'словенск']),
  c('Spain', ['Испания'], ['Spanish', 'испанск']),
  c('Sweden', ['Швеция'], ['Swedish', 'шведск']),
  c('Switzerland', ['Швейцария'], ['Swiss', 'швейцарск']),
  c(
    'Tajikistan',
    ['Republic of Tajikistan', 'Таджикистан', 'Республика Таджикистан', 'РТ'],
    ['Tajik', 'Tajikistani', 'таджикск', 'таджикистанск'],
  ),
  c('Turkey', ['Türkiye', 'Турция'], ['Turkish', 'турецк']),
  c('Turkmenistan', ['Туркменистан', 'Туркмения'], ['Turkmen', 'туркменск']),
  c('Ukraine', ['Украина'], ['Ukrainian', 'украинск']),
  c(
    'United Kingdom',
    ['UK', 'Britain', 'Great Britain', 'Великобритания', 'Британия'],
    ['British', 'британск'],
  ),
  c(
    'United States',
    ['USA', 'US', 'U.S.', 'United States of America', 'США', 'Соединенные Штаты'],
    ['American', 'US', 'американск'],
  ),
  c(
    'Uzbekistan',
    ['Republic of Uzbekistan', 'Узбекистан', 'Республика Узбекистан', 'РУз'],
    ['Uzbek', 'узбекск', 'узбекистанск'],
  ),
];

// The partners write in French, Spanish, German, Turkish and Arabic too: every country's names in those
// languages (and in English, for the countries not curated above) come from i18n-iso-countries, the
// maintained list the registry already uses. Russian and Ukrainian are left to the curated list: its
// names are nominatives with generated case forms, and some short foreign names are Russian words.
// Imported statically, so that the server bundle carries them.
const LOCALES = [en, fr, es, de, tr, ar];
const LOCALIZED = LOCALES.map((l) => l.locale);
const NATIONALITIES = [enNationality, frNationality, esNationality];
for (const l of LOCALES) isoCountries.registerLocale(l);

function withLocalizedNames(curated: Country[]): Country[] {
  const all = [...curated];
  for (const code of Object.keys(isoCountries.getAlpha2Codes())) {
    const english = isoCountries.getName(code, 'en', { select: 'all' }) ?? [];
    let country = all.find((k) => english.some((n) => k.names.includes(n)));
    if (!country) {
      const name = english[0];
      if (!name) continue;
      country = c(name, [], []);
      all.push(country);
    }
    for (const l of LOCALIZED) {
      for (const n of isoCountries.getName(code, l, { select: 'all' }) ?? []) {
        if (!country.names.includes(n)) country.names.push(n);
      }
    }
    // "Mozambican President Filipe Nyusi", "le président mozambicain": the adjective of every state,
    // from i18n-nationality (the same ISO codes), without its "(Republic of the Congo)" glosses.
    for (const l of NATIONALITIES) {
      const adjective = (l.nationalities as Record<string, string>)[code]?.replace(/\s*\(.*\)$/, '');
      if (adjective && !country.adjectives.includes(adjective) && !country.names.includes(adjective))
        country.adjectives.push(adjective);
    }
  }
  return all;
}

/**
 * Ukrainian names (nominatives, like the Russian ones, whose case forms are generated) for the curated
 * countries only: those are the states the partners' reports name, and the long tail of short names
 * would collide with Ukrainian words as it would with Russian ones.
 */
function withUkrainianNames(countries: Country[]): Country[] {
  isoCountries.registerLocale(uk);
  for (const country of countries) {
    const code = isoCountries.getAlpha2Code(country.name, 'en');
    if (!code || !CURATED.includes(country)) continue;
    for (const n of isoCountries.getName(code, 'uk', { select: 'all' }) ?? []) {
      if (!country.names.includes(n)) country.names.push(n);
    }
  }
  return countries;
}

/**
 * Russian and Ukrainian wires report on the whole world ("министром иностранных дел Вьетнама Ле Хоай
 * Чунгом", "главой МИД Саудовской Аравии"): a country they name that no list knows is taken for a
 * first name. So the other countries get their Russian and Ukrainian names too, with two guards:
 * a name shorter than four letters is kept only as an acronym ("ОАЭ", "ЮАР"), and the names that are
 * also common words of either language ("Того" = "of that", "Перу" = "to the pen", "Мали" = "had")
 * are left out. A parenthesis splits a name in two ("КНДР (Корейская Народно-Демократическая
 * Республика)"); the everyday names the list lacks are added by hand.
 */
const CYRILLIC_WORDS = new Set(['того', 'перу', 'мали', 'чад', 'чилі']);
const CYRILLIC_EXTRA: Record<string, string[]> = {
  KR: ['Южная Корея', 'Південна Корея'],
  KP: ['Северная Корея', 'Північна Корея'],
  AE: ['Объединенные Арабские Эмираты', 'ОАЕ'],
  GB: ['Великая Британия', 'Велика Британія'],
};

function withCyrillicNames(countries: Country[]): Country[] {
  isoCountries.registerLocale(ru);
  for (const country of countries) {
    const code = isoCountries.getAlpha2Code(country.name, 'en');
    if (!code) continue;
    if (CURATED.includes(country)) {
      for (const n of CYRILLIC_EXTRA[code] ?? []) if (!country.names.includes(n)) country.names.push(n);
      continue;
    }
    const names = [
      ...(isoCountries.getName(code, 'ru', { select: 'all' }) ?? []),
      ...(isoCountries.getName(code, 'uk', { select: 'all' }) ?? []),
      ...(CYRILLIC_EXTRA[code] ?? []),
    ].flatMap((n) => n.split(/\s*[()]\s*/).filter(Boolean));
    for (const n of names) {
      const acronym = /^\p{Lu}+$/u.test(n);
      if ((n.length < 4 && !acronym) || CYRILLIC_WORDS.has(n.toLowerCase())) continue;
      if (!country.names.includes(n)) country.names.push(n);
    }
  }
  return countries;
}

/**
 * How states write their own names in English copy, which the ISO list does not hold: Vietnamese
 * outlets write "Việt Nam", East Timorese ones "Timor Leste".
 */
const OWN_SPELLINGS: Record<string, string[]> = {
  Vietnam: ['Việt Nam', 'Viet Nam'],
  'Timor-Leste': ['Timor Leste'],
};

function withOwnSpellings(countries: Country[]): Country[] {
  for (const country of countries) for (const n of OWN_SPELLINGS[country.name] ?? []) country.names.push(n);
  return countries;
}

export const COUNTRIES: readonly Country[] = withCyrillicNames(
  withOwnSpellings(withUkrainianNames(withLocalizedNames(CURATED))),
);

/** Organizations that speak for themselves in a title ("NATO Secretary General", "генсек НАТО"). */
export const TITLE_ORGANIZATIONS: readonly { name: string; names: string[] }[] = [
  {
    name: 'NATO',
    names: ['NATO', 'НАТО', 'North Atlantic Treaty Organization', 'Alliance', 'альянс', 'OTAN'],
  },
  { name: 'European Union', names: ['EU', 'European Union', 'ЕС', 'Евросоюз', 'Европейский союз'] },
  { name: 'OSCE', names: ['OSCE', 'ОБСЕ'] },
  { name: 'United Nations', names: ['UN', 'United Nations', 'ООН'] },
  { name: 'CSTO', names: ['CSTO', 'ОДКБ'] },
  { name: 'SCO', names: ['SCO', 'ШОС'] },
  { name: 'CIS', names: ['CIS', 'СНГ'] },
];
