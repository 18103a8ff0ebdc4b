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

  it('dates the meeting by "on Thursday", not by the wire dateline run into the first sentence', () => {
    // 27 September 2019 was a Friday: "on Thursday" is the 26th; "Sept 27 (ANI):" dates the copy.
    expect(
      main(
        'UNGA\n\nNew York [USA], Sept 27 (ANI): External Affairs Minister S Jaishankar on Thursday met his Brazilian counterpart Ernesto Araujo on the sidelines of the UN General Assembly.',
        '2019-09-27',
      ),
    ).toMatchObject({ date: '2019-09-26', people: ['S Jaishankar', 'Ernesto Araujo'] });
  });

  it("takes the story's meeting for the main one, not an older one a photo caption shows", () => {
    // The caption's meeting (Friday 5 May, in Goa) is told first on the page but is the older one.
    const text = [
      'Pakistan, Afghanistan hold talks in Islamabad',
      "Pakistan's FM Bilawal Bhutto Zardari hosted Afghanistan's Acting FM Amir Khan Muttaqi for an exchange on key issues.",
      "Pakistani Foreign Minister Bilawal Bhutto Zardari leaves after attending the Shanghai Cooperation Organization council of foreign ministers' meeting, in Goa, India, Friday, May 5, 2023. / Photo: AP Archive",
      '',
      "Pakistan's Foreign Minister Bilawal Bhutto Zardari held talks with Afghanistan's Acting Foreign Minister Amir Khan Muttaqi in Islamabad on Sunday.",
    ].join('\n');
    expect(main(text, '2023-05-07')).toMatchObject({
      date: '2023-05-07',
      people: ['Bilawal Bhutto Zardari', 'Amir Khan Muttaqi'],
    });
  });

  it('dates the meeting by the next sentence that calls it "la cita", "el encuentro" or "la rencontre"', () => {
    // Published Wednesday 11 March 2026: "el último martes 10" is the 10th.
    expect(
      main(
        'Reunión\n\nEl canciller Hugo de Zela sostuvo una reunión con el presidente electo de Chile, José Antonio Kast. La cita se llevó a cabo en la ciudad de Santiago el último martes 10.',
        '2026-03-11',
      ),
    ).toMatchObject({ date: '2026-03-10', people: ['Hugo de Zela', 'José Antonio Kast'] });
    expect(
      main(
        "Entretien\n\nLe ministre Robert Dussey a reçu son homologue kényan Alfred Mutua. La rencontre s'est tenue lundi 17 juillet 2023 à Nairobi.",
        '2023-07-18',
      ),
    ).toMatchObject({ date: '2023-07-17' });
  });
});

describe('a day told for an earlier event in the same sentence', () => {
  it('does not date the meeting by "after we had a conversation on Thursday"', () => {
    // Published Monday 16 June 2025: the meeting is today; Thursday (the 12th) was the phone call.
    expect(
      main(
        'Transcript\n\nPrime Minister Anthony Albanese met President Lee Jae-myung of the Republic of Korea, our first in person meeting after we had a very warm conversation on Thursday.',
        '2025-06-16',
      ),
    ).toMatchObject({ date: '2025-06-16' });
  });

  it('keeps the day of "After they met on Thursday, …", where the clause is the meeting', () => {
    expect(
      main(
        'Talks\n\nAfter they met on Thursday, Foreign Minister Penny Wong and Foreign Minister Wang Yi signed a joint statement.',
        '2025-06-16',
      ),
    ).toMatchObject({ date: '2025-06-12' });
  });
});

describe('meetings a round-up of bilaterals tells without a meeting word', () => {
  it('files "With his Egyptian counterpart, Sameh Shoukry, Jaishankar took stock …" as a meeting of the two', () => {
    const found = extractReport(
      'UNGA\n\nWith his Egyptian counterpart, Sameh Shoukry, External Affairs Minister S Jaishankar took stock of great progress in India-Egypt ties.',
      { published: '2023-09-23', gazetteer: BUILT_IN_GAZETTEER },
    ).meetings.map((m) => m.participants.map((p) => p.name).sort());
    expect(found).toEqual([['S Jaishankar', 'Sameh Shoukry']]);
  });
});
