import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './gazetteer.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { findNames } from './person-names.js';
import { tokenize } from './text.js';
import { affiliationOf } from './titles.js';

const g = compileGazetteer(BUILT_IN_GAZETTEER);

function names(sentence: string, lang: 'en' | 'ru' = 'en') {
  return findNames(sentence, tokenize(sentence), lang, g)
    .filter((m) => m.strong)
    .map((m) => ({ name: m.name, title: m.title }));
}

describe('titles around names', () => {
  it('reads a long title written before the name, up to the word that is not part of it', () => {
    expect(
      names(
        "Foreign Minister Hamrokhon Zarifi yesterday received visiting NATO Secretary General's Special Representative for the Caucasus and Central Asia James Appathurai, the Tajik MFA reports.",
      ),
    ).toEqual([
      { name: 'Hamrokhon Zarifi', title: 'Foreign Minister' },
      {
        name: 'James Appathurai',
        title: "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
      },
    ]);
  });

  it('reads NATO’s "the Minister of Foreign Affairs of Georgia, Tamar Beruchashvili" and an apposition after a name', () => {
    expect(
      names('Vershbow met with the Minister of Foreign Affairs of Georgia, Tamar Beruchashvili, on Tuesday.'),
    ).toContainEqual({
      name: 'Tamar Beruchashvili',
      title: 'Minister of Foreign Affairs of Georgia',
    });
    expect(names('He met Bakhtiyor Saidov, the acting Minister of Foreign Affairs of Uzbekistan.')).toEqual([
      { name: 'Bakhtiyor Saidov', title: 'acting Minister of Foreign Affairs of Uzbekistan' },
    ]);
  });

  it('does not let a title reach across another name', () => {
    expect(names('President Rahmon and Foreign Minister Zarifi received the envoy.')).toEqual([
      { name: 'Rahmon', title: 'President' },
      { name: 'Zarifi', title: 'Foreign Minister' },
    ]);
  });

  it('reads Russian titles and brings the name after them to the nominative', () => {
    expect(
      names(
        'Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Таджикистана Сироджиддином Мухриддином.',
        'ru',
      ),
    ).toEqual([
      { name: 'Сергей Лавров', title: 'Министр иностранных дел России' },
      { name: 'Сироджиддин Мухриддин', title: 'министром иностранных дел Таджикистана' },
    ]);
    expect(
      names(
        'Зарифи принял специального представителя генерального секретаря НАТО по странам Кавказа и Центральной Азии Джеймса Аппатурая.',
        'ru',
      ).at(-1),
    ).toEqual({
      name: 'Джеймс Аппатурай',
      title: 'специального представителя генерального секретаря НАТО по странам Кавказа и Центральной Азии',
    });
    expect(
      names('Лавров встретился с азербайджанским коллегой Джейхуном Байрамовым.', 'ru').at(-1)?.name,
    ).toBe('Джейхун Байрамов');
  });

  it('tells whom a title speaks for: the country or organization it names first', () => {
    expect(affiliationOf('Ambassador of Tajikistan to NATO', null)?.name).toBe('Tajikistan');
    expect(affiliationOf("NATO Secretary General's Special Representative", null)?.name).toBe('NATO');
    expect(affiliationOf('Kazakh Foreign Minister', null)?.name).toBe('Kazakhstan');
    expect(affiliationOf('министром иностранных дел Таджикистана', null)?.name).toBe('Tajikistan');
    expect(affiliationOf('генсеком НАТО', null)?.name).toBe('NATO');
    expect(affiliationOf('Foreign Minister', null)).toBeNull();
  });
});
