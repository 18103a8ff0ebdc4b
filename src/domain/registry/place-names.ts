/**
 * Cities in the reader's language. Records store a city as written in English (the wire copy and the
 * exercise calendars the data comes from); a French or Russian reader meets it under the exonym of
 * their language (Dushanbe → Douchanbé, Душанбе), as the French and Russian foreign ministries and
 * the UN terminology database (UNTERM) spell them. A city not in the table is shown as recorded.
 */
const PLACE_NAMES: Record<string, { fr: string; ru: string }> = {
  Almaty: { fr: 'Almaty', ru: 'Алматы' },
  Ankara: { fr: 'Ankara', ru: 'Анкара' },
  Ashgabat: { fr: 'Achgabat', ru: 'Ашхабад' },
  Astana: { fr: 'Astana', ru: 'Астана' },
  Baku: { fr: 'Bakou', ru: 'Баку' },
  Berlin: { fr: 'Berlin', ru: 'Берлин' },
  Bishkek: { fr: 'Bichkek', ru: 'Бишкек' },
  Brussels: { fr: 'Bruxelles', ru: 'Брюссель' },
  Bucharest: { fr: 'Bucarest', ru: 'Бухарест' },
  Budapest: { fr: 'Budapest', ru: 'Будапешт' },
  Chișinău: { fr: 'Chișinău', ru: 'Кишинёв' },
  Dushanbe: { fr: 'Douchanbé', ru: 'Душанбе' },
  'Garmisch-Partenkirchen': { fr: 'Garmisch-Partenkirchen', ru: 'Гармиш-Партенкирхен' },
  Geneva: { fr: 'Genève', ru: 'Женева' },
  Helsinki: { fr: 'Helsinki', ru: 'Хельсинки' },
  Kabul: { fr: 'Kaboul', ru: 'Кабул' },
  Kyiv: { fr: 'Kyiv', ru: 'Киев' },
  London: { fr: 'Londres', ru: 'Лондон' },
  Minsk: { fr: 'Minsk', ru: 'Минск' },
  Mons: { fr: 'Mons', ru: 'Монс' },
  Moscow: { fr: 'Moscou', ru: 'Москва' },
  Oberammergau: { fr: 'Oberammergau', ru: 'Обераммергау' },
  Paris: { fr: 'Paris', ru: 'Париж' },
  Prague: { fr: 'Prague', ru: 'Прага' },
  Rome: { fr: 'Rome', ru: 'Рим' },
  Sofia: { fr: 'Sofia', ru: 'София' },
  Stockholm: { fr: 'Stockholm', ru: 'Стокгольм' },
  Tashkent: { fr: 'Tachkent', ru: 'Ташкент' },
  Tbilisi: { fr: 'Tbilissi', ru: 'Тбилиси' },
  Vienna: { fr: 'Vienne', ru: 'Вена' },
  Vyškov: { fr: 'Vyškov', ru: 'Вишков' },
  Warsaw: { fr: 'Varsovie', ru: 'Варшава' },
  Washington: { fr: 'Washington', ru: 'Вашингтон' },
  Yerevan: { fr: 'Erevan', ru: 'Ереван' },
};

/** The city's name in `lang` ('en', 'fr', 'ru'…), or as recorded when the table does not know it. */
export function placeName(city: string, lang: string): string {
  const names = PLACE_NAMES[city.trim()];
  if (!names || (lang !== 'fr' && lang !== 'ru')) return city;
  return names[lang];
}
