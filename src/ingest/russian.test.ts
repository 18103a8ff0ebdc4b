import { describe, expect, it } from 'vitest';
import { caseForms, caseOfTitleWord, russianNominative } from './russian.js';

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
