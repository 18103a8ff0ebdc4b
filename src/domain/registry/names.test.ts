import { describe, expect, it } from 'vitest';
import { nameOn, renamingsBetween } from './names.js';

const nacc = [
  {
    name: 'North Atlantic Cooperation Council',
    lang: 'en',
    kind: 'official',
    start_date: '1991-12-20',
    end_date: '1997-05-29',
  },
  { name: 'NACC', lang: 'en', kind: 'short', start_date: '1991-12-20', end_date: '1997-05-29' },
  {
    name: 'Euro-Atlantic Partnership Council',
    lang: 'en',
    kind: 'official',
    start_date: '1997-05-30',
    end_date: null,
  },
  {
    name: 'Совет евроатлантического партнёрства',
    lang: 'ru',
    kind: 'official',
    start_date: '1997-05-30',
    end_date: null,
  },
];

describe('names over time', () => {
  it('gives the name in use on a day, official before short', () => {
    expect(nameOn(nacc, '1995-01-01')).toBe('North Atlantic Cooperation Council');
    expect(nameOn(nacc, '1997-05-30')).toBe('Euro-Atlantic Partnership Council');
  });

  it('falls back to English when a language has no name that day', () => {
    expect(nameOn(nacc, '1995-01-01', 'ru')).toBe('North Atlantic Cooperation Council');
    expect(nameOn(nacc, '2011-06-22', 'ru')).toBe('Совет евроатлантического партнёрства');
  });

  it('lists the renamings during a membership', () => {
    expect(renamingsBetween(nacc, '1992-03-10', null)).toEqual([
      { name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' },
    ]);
    expect(renamingsBetween(nacc, '1997-05-30', null)).toEqual([]);
  });
});
