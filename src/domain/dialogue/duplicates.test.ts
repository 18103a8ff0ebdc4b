import { describe, expect, it } from 'vitest';
import { daysApart, excerptQuotes, meetingLikeness, reportHash, sameName } from './duplicates.js';

describe('the same report', () => {
  it('hashes equal texts equally, whatever the typography and spacing', () => {
    const a = 'DUSHANBE, June 23 — Foreign Minister Zarifi “received” NATO’s envoy.';
    const b = 'dushanbe,  June 23 - foreign minister zarifi "received" NATO\'s envoy.\n';
    expect(reportHash(a)).toBe(reportHash(b));
    expect(reportHash(a)).not.toBe(reportHash(`${a} Another sentence.`));
    expect(reportHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('recognises an abridged excerpt of the report, and not one with a sentence it lacks', () => {
    const report =
      'Foreign Minister Hamrokhon Zarifi yesterday received James Appathurai in Dushanbe.\n' +
      'The sides discussed border security and Afghanistan at some length.\n' +
      'Tajikistan joined the Partnership for Peace in 2002 and hosts exercises.';
    const excerpt =
      'Foreign Minister Hamrokhon Zarifi yesterday received James Appathurai in Dushanbe. […] Tajikistan joined the Partnership for Peace in 2002';
    expect(excerptQuotes(excerpt, report)).toBe(true);
    expect(excerptQuotes(`${excerpt} […] Kazakhstan hosted the Steppe Eagle exercise`, report)).toBe(false);
    // Fragments too short to tell anything prove nothing.
    expect(excerptQuotes('Zarifi […] Dushanbe', report)).toBe(false);
    expect(excerptQuotes(null, report)).toBe(false);
  });
});

describe('the same person', () => {
  it('matches transliterations, scripts and name order', () => {
    expect(sameName('Hamrokhon Zarifi', 'Хамрохон Зарифи')).toBe(true);
    expect(sameName('Zarifi Hamrokhon', 'Hamrokhon Zarifi')).toBe(true);
    expect(sameName('Khamrokhon Zarifi', 'Hamrokhon Zarifi')).toBe(true);
    expect(sameName('James Appathurai', 'James Appaturai')).toBe(true);
  });

  it('does not match different people or a lone surname when two words are asked for', () => {
    expect(sameName('Hamrokhon Zarifi', 'Sirodjidin Aslov')).toBe(false);
    expect(sameName('James Appathurai', 'James Mattis')).toBe(false);
    expect(sameName('Zarifi', 'Hamrokhon Zarifi')).toBe(false);
    expect(sameName('Zarifi', 'Hamrokhon Zarifi', 1)).toBe(true);
    expect(sameName('Nominee Alpha 3', 'Nominee Alpha 4')).toBe(false);
  });
});

describe('the same meeting', () => {
  const recorded = {
    partner_id: 'tj',
    kind: 'visit',
    start_date: '2011-06-22',
    city: 'Dushanbe',
    participants: [{ person_id: 'hamrokhon-zarifi', name: 'Hamrokhon Zarifi' }, { name: 'James Appathurai' }],
    source_ids: ['asia-plus'],
  };

  it('is a day apart at most, of the same partner, sharing people, place or report', () => {
    expect(daysApart('2011-06-22', '2011-06-23')).toBe(1);
    expect(daysApart('2011-06', '2011-06-23')).toBeNull();
    const draft = { start_date: '2011-06-23', participants: [{ name: 'Appathurai' }] };
    expect(meetingLikeness(draft, recorded)).toEqual(['participants']);
    expect(meetingLikeness({ ...draft, start_date: '2011-06-24' }, recorded)).toEqual([]);
    expect(meetingLikeness({ ...draft, partner_id: 'kz' }, recorded)).toEqual([]);
    expect(
      meetingLikeness(
        {
          start_date: '2011-06-22',
          city: 'dushanbe',
          kind: 'visit',
          participants: [],
          source_ids: ['asia-plus'],
        },
        recorded,
      ),
    ).toEqual(['place', 'source']);
    // Another meeting the same report describes, of another kind, elsewhere and with others.
    expect(
      meetingLikeness(
        {
          start_date: '2011-06-22',
          kind: 'talks',
          participants: [{ name: 'Sirodjidin Aslov' }],
          source_ids: ['asia-plus'],
        },
        recorded,
      ),
    ).toEqual([]);
  });
});
