import { describe, expect, it } from 'vitest';
import { missingSpellings, namesFromDraft } from './person-candidate.js';

describe('names of a confirmed draft person', () => {
  it('makes the main Latin spelling the English name and keeps the others as transliterations', () => {
    expect(namesFromDraft('Hamid Qodirov', ['Khamid Qodirov', 'Hamid Qodirov', 'Хамид Кодиров'])).toEqual([
      { name: 'Hamid Qodirov', lang: 'en', kind: 'official' },
      { name: 'Khamid Qodirov', lang: 'en', kind: 'transliteration' },
      { name: 'Хамид Кодиров', lang: 'ru', kind: 'official' },
    ]);
  });

  it('takes a Latin spelling as the English name when the main one is Cyrillic', () => {
    expect(namesFromDraft('Хамид Кодиров', ['Хамид Кодиров', 'Kodirov'])[0]).toEqual({
      name: 'Kodirov',
      lang: 'en',
      kind: 'official',
    });
  });

  it('keeps a Cyrillic-only name as the English name rather than refusing the confirmation', () => {
    expect(namesFromDraft('Кодиров', ['Кодиров'])).toEqual([
      { name: 'Кодиров', lang: 'en', kind: 'official' },
    ]);
  });

  it('adds only the spellings a person lacks', () => {
    expect(missingSpellings(['Hamid Qodirov'], ['Hamid Qodirov', 'Qodirov', 'Кодиров'])).toEqual([
      { name: 'Qodirov', lang: 'en', kind: 'transliteration' },
      { name: 'Кодиров', lang: 'ru', kind: 'transliteration' },
    ]);
  });
});
