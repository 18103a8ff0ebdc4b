import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';

function sides(text: string, published = '2024-03-20') {
  const [main] = extractReport(text, { published, gazetteer: BUILT_IN_GAZETTEER }).meetings;
  return Object.fromEntries((main?.participants ?? []).map((p) => [p.name, p.side]));
}

describe('who hosted and who visited', () => {
  it('makes X the host and Y the visitor in "X received visiting Y" and "X hosted Y"', () => {
    expect(sides('Foreign Minister Hamrokhon Zarifi received visiting NATO envoy James Appathurai.')).toEqual(
      {
        'Hamrokhon Zarifi': 'host',
        'James Appathurai': 'visitor',
      },
    );
    expect(
      sides('Deputy Prime Minister Ilham Aliyev hosted a delegation headed by Speaker Nurlanbek Shakiev.'),
    ).toEqual({
      'Ilham Aliyev': 'host',
      'Nurlanbek Shakiev': 'visitor',
    });
  });

  it('reads the passive: "Y was received by X"', () => {
    expect(sides('Later, Lord Robertson was received by President Emomali Rakhmonov.')).toEqual({
      'George Robertson': 'visitor',
      'Emomali Rakhmonov': 'host',
    });
  });

  it('makes the traveller the visitor and the people of the visited country hosts', () => {
    expect(
      sides(
        'NATO Secretary General Mark Rutte visited Helsinki on Monday, where he met President of Finland Alexander Stubb.',
      ),
    ).toEqual({ 'Mark Rutte': 'visitor', 'Alexander Stubb': 'host' });
    expect(
      sides(
        'President Emomali Rahmon met with his Uzbek counterpart Shavkat Mirziyoyev, who arrived in Dushanbe on a state visit.',
      ),
    ).toEqual({ 'Emomali Rahmon': 'host', 'Shavkat Mirziyoyev': 'visitor' });
  });

  it('reads the Russian "X принял находящегося с визитом Y"', () => {
    expect(
      sides(
        'ДУШАНБЕ, 23 июня. /ТАСС/. Министр иностранных дел Хамрохон Зарифи вчера принял находящегося с визитом в Таджикистане спецпредставителя генсека НАТО Джеймса Аппатурая.',
        '2011-06-23',
      ),
    ).toEqual({ 'Хамрохон Зарифи': 'host', 'Джеймс Аппатурай': 'visitor' });
  });

  it('gives no side when nothing says who travelled, and none on a phone call', () => {
    expect(
      sides('Foreign Minister Jeenbek Kulubaev met on Tuesday with NATO envoy Javier Colomina.'),
    ).toEqual({
      'Jeenbek Kulubaev': null,
      'Javier Colomina': null,
    });
    expect(
      sides(
        'Azerbaijani Foreign Minister Jeyhun Bayramov held a telephone conversation with NATO Secretary General Jens Stoltenberg.',
      ),
    ).toEqual({ 'Jeyhun Bayramov': null, 'Jens Stoltenberg': null });
  });

  it('leaves out people who only send greetings or speak for a ministry', () => {
    const [meeting] = extractReport(
      'МОСКВА, 14 апреля. /ТАСС/. Сергей Лавров проведет переговоры с главой МИД Таджикистана Сироджиддином Мухриддином, сообщила официальный представитель МИД РФ Мария Захарова.',
      { published: '2023-04-14', gazetteer: BUILT_IN_GAZETTEER },
    ).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Сергей Лавров', 'Сироджиддин Мухриддин']);
    expect(meeting?.status).toBe('planned');
  });
});
