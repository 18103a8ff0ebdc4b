import { describe, expect, it } from 'vitest';
import { latinSpelling, nearestSpellings, vocabularyOf } from './spelling.js';

describe('forgiving search spellings', () => {
  const words = vocabularyOf(['james appathurai', 'hamrokhon zarifi', 'robert f simmons jr', 'dushanbe']);

  it('keeps words of four letters or more', () => {
    expect([...words].sort()).toEqual([
      'appathurai',
      'dushanbe',
      'hamrokhon',
      'james',
      'robert',
      'simmons',
      'zarifi',
    ]);
  });

  it('spells Cyrillic and Arabic queries in Latin letters, and leaves Latin ones alone', () => {
    expect(latinSpelling('Зарифи')).toBe('zarifi');
    expect(latinSpelling('Душанбе')).toBe('dushanbe');
    expect(latinSpelling('Appathurai')).toBeNull();
    expect(latinSpelling('Zürich')).toBeNull();
    expect(latinSpelling('الناتو')).toMatch(/^[a-z' -]+$/);
  });

  it('replaces an unknown word by the known words one or two edits away', () => {
    expect(nearestSpellings('Appaturai', words)).toEqual(['appathurai']);
    expect(nearestSpellings('james apathurai', words)).toEqual(['james appathurai']);
    expect(nearestSpellings('Simons', words)).toEqual(['simmons']);
  });

  it('corrects nothing that is known, short, or far from every word', () => {
    expect(nearestSpellings('appathurai', words)).toEqual([]);
    expect(nearestSpellings('jams', words)).toEqual([]);
    expect(nearestSpellings('brussels', words)).toEqual([]);
  });
});
