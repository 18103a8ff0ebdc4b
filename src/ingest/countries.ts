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

export const COUNTRIES: readonly Country[] = [
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
