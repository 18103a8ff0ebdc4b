import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './gazetteer.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { findNames } from './person-names.js';
import { tokenize } from './text.js';

const g = compileGazetteer(BUILT_IN_GAZETTEER);

function names(sentence: string): string[] {
  return findNames(sentence, tokenize(sentence), 'en', g).map((m) => m.name);
}

describe('capitalized English words that are no one', () => {
  it('reads "Ambassador Extraordinary and Plenipotentiary" as a title, not two people', () => {
    expect(
      names(
        'The Deputy Foreign Minister Mahmadsharif Haqdod met the Ambassador Extraordinary and Plenipotentiary of Iran Hujatullo Faghoni.',
      ),
    ).toEqual(['Mahmadsharif Haqdod', 'Hujatullo Faghoni']);
  });

  it('does not take the verb of a title-case headline for a name', () => {
    expect(names('New NATO Envoy Visits Georgia')).toEqual([]);
    expect(names('Foreign Minister Meets Counterpart Ayman Safadi')).toEqual(['Ayman Safadi']);
  });

  it('knows "Cape Town" for a city, not a first name and a surname', () => {
    expect(names('Venue: Taj Hotel, 1 Wale Street, Cape Town')).toEqual([]);
    expect(names('Dr Naledi Pandor will host Dr Frederick Shava in Cape Town.')).toEqual([
      'Naledi Pandor',
      'Frederick Shava',
    ]);
  });
});
