import { describe, expect, it } from 'vitest';
import { caseForms, caseOfTitleWord, russianNominative } from './russian.js';
import { affiliationOf } from './titles.js';

describe('Russian names in their cases', () => {
  it('generates the case forms a known name or place is written in', () => {
    expect(caseForms('брюссель')).toEqual(expect.arrayContaining(['брюсселе', 'брюсселя']));
    expect(caseForms('лавров')).toEqual(expect.arrayContaining(['лаврова', 'лаврову', 'лавровым']));
    expect(caseForms('москва')).toEqual(expect.arrayContaining(['москве', 'москвы']));
    expect(caseForms('душанбе')).toEqual(['душанбе']);
  });

  it('reads the case from the title word before the name', () => {
    expect(caseOfTitleWord('министром')).toBe('ins');
    expect(caseOfTitleWord('главы')).toBe('gen');
    expect(caseOfTitleWord('послом')).toBe('ins');
    expect(caseOfTitleWord('коллегой')).toBe('ins');
    expect(caseOfTitleWord('президент')).toBe('nom');
    expect(caseOfTitleWord('премьер-министром')).toBe('ins');
    expect(caseOfTitleWord('вице-президента')).toBe('gen');
  });

  it('brings male and female names back to the nominative and leaves indeclinable ones alone', () => {
    expect(russianNominative(['Сироджиддином', 'Мухриддином'], 'ins')).toEqual(['Сироджиддин', 'Мухриддин']);
    expect(russianNominative(['Сергея', 'Лаврова'], 'gen')).toEqual(['Сергей', 'Лавров']);
    expect(russianNominative(['Джеймса', 'Аппатурая'], 'gen')).toEqual(['Джеймс', 'Аппатурай']);
    expect(russianNominative(['Хавьером', 'Коломиной'], 'ins')).toEqual(['Хавьер', 'Коломина']);
    expect(russianNominative(['Марией', 'Захаровой'], 'ins')).toEqual(['Мария', 'Захарова']);
    expect(russianNominative(['Эмомали', 'Рахмоном'], 'ins')).toEqual(['Эмомали', 'Рахмон']);
    expect(russianNominative(['Сергея', 'Шойгу'], 'gen')).toEqual(['Сергей', 'Шойгу']);
    expect(russianNominative(['Хамрохон', 'Зарифи'], 'nom')).toEqual(['Хамрохон', 'Зарифи']);
  });
});

describe('country names of the whole world in Russian and Ukrainian', () => {
  it('generates the forms of a fleeting vowel and of plural names', () => {
    expect(caseForms('египет')).toEqual(expect.arrayContaining(['египта', 'египте']));
    expect(caseForms('єгипет')).toContain('єгипту');
    expect(caseForms('нидерланды')).toContain('нидерландов');
    expect(caseForms('нідерланди')).toContain('нідерландів');
  });

  it('knows countries outside the partners, in their case forms, and keeps common words out', () => {
    const of = (name: string) => affiliationOf(name, null)?.name ?? null;
    expect(of('министром иностранных дел Вьетнама')).toBe('Vietnam');
    expect(of('главой МИД Саудовской Аравии')).toBe('Saudi Arabia');
    expect(of('президента Египта')).toBe('Egypt');
    expect(of('міністра оборони Нідерландів')).toBe('Netherlands');
    expect(of('министр ОАЭ')).toBe('United Arab Emirates');
    expect(of('министр Южной Кореи')).toBe('South Korea');
    expect(of('до того')).toBeNull();
  });
});

describe('a monarch in an oblique case', () => {
  it('declines the name and keeps the number', () => {
    expect(russianNominative(['Карлу', 'III'], 'dat')).toEqual(['Карл', 'III']);
    expect(russianNominative(['Елизавете', 'II'], 'dat')).toEqual(['Елизавета', 'II']);
    expect(russianNominative(['Филиппом', 'VI'], 'ins')).toEqual(['Филипп', 'VI']);
  });
});
