import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';

/*
 * Which day is the main meeting's: each case is written here in the shape real reports take, with
 * the day a reader would give.
 */

function main(text: string, published: string) {
  const [first] = extractReport(text, { published, gazetteer: BUILT_IN_GAZETTEER }).meetings;
  return { date: first?.date, status: first?.status, people: first?.participants.map((p) => p.name) };
}

describe("the main meeting's day", () => {
  it('reads "will reach … on Wednesday" as a visit to come, on the next Wednesday', () => {
    // Published on Tuesday 30 May 2023: the coming Wednesday is the 31st, not the 24th.
    expect(
      main(
        'Visit\n\nPrime Minister of Nepal Pushpa Kamal Dahal will reach New Delhi on Wednesday afternoon on a four-day official visit to India.',
        '2023-05-30',
      ),
    ).toMatchObject({ date: '2023-05-31', status: 'planned' });
  });
});
