import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { compileGazetteer } from './gazetteer.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { findNames } from './person-names.js';
import { tokenize } from './text.js';

/*
 * Rules for English as outlets outside the US and UK write it (South Asia, Africa, the Gulf): each
 * case is written here, in the shape those reports take, with the answer a reader would give.
 */

const g = compileGazetteer(BUILT_IN_GAZETTEER);

function names(sentence: string): string[] {
  return findNames(sentence, tokenize(sentence), 'en', g)
    .filter((m) => m.strong)
    .map((m) => m.name);
}

function meetings(text: string, published: string) {
  return extractReport(text, { published, gazetteer: BUILT_IN_GAZETTEER }).meetings.map((m) => ({
    date: m.date,
    status: m.status,
    people: m.participants.map((p) => p.name),
  }));
}

describe('names in English reports from outlets outside the US and UK', () => {
  it('reads "Jan" and "May" beside a name as names, and as months beside a number', () => {
    expect(names('Czech Foreign Minister Jan Lipavsky met Foreign Minister Dmytro Kuleba.')).toEqual([
      'Jan Lipavsky',
      'Dmytro Kuleba',
    ]);
    expect(names('Prime Minister Theresa May met Chancellor Angela Merkel.')).toEqual([
      'Theresa May',
      'Angela Merkel',
    ]);
    expect(
      meetings(
        'Foreign Minister Ishaq Dar met Foreign Minister Wang Yi in Beijing on May 5.',
        '2024-06-14',
      )[0],
    ).toEqual({ date: '2024-05-05', status: 'held', people: ['Ishaq Dar', 'Wang Yi'] });
  });

  it('reads "Sun" before a name as the name, not Sunday, and keeps "Sat Jun 8"', () => {
    expect(
      meetings(
        'Kathmandu, June 13: Foreign Secretary Sewa Lamsal held a meeting with Vice Foreign Minister Sun Weidong on Thursday.',
        '2024-06-14',
      )[0],
    ).toEqual({ date: '2024-06-13', status: 'held', people: ['Sewa Lamsal', 'Sun Weidong'] });
    expect(
      meetings(
        'BEIJING, Sat Jun 8 (Reuters) - Secretary Antony Blinken met Foreign Minister Wang Yi.',
        '2024-06-14',
      )[0]?.date,
    ).toBe('2024-06-08');
  });

  it("takes the other side's surname from a headline when the story names only one side", () => {
    expect(
      meetings(
        'Jaishankar meets Lavrov in Moscow\nExternal Affairs Minister S. Jaishankar on Tuesday held talks with his Russian counterpart in Moscow.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['S. Jaishankar', 'Lavrov']);
    expect(
      meetings(
        'PM Modi holds talks with Japanese PM Kishida\n\nPrime Minister Narendra Modi held talks with his Japanese counterpart on Tuesday in Tokyo.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Narendra Modi', 'Kishida']);
    // A headline's first word is no surname: "Readout of …".
    expect(
      meetings(
        "Readout of the Secretary-General's meeting with Lavrov\n\nSecretary-General Ban Ki-moon met Foreign Minister Sergey Lavrov today.",
        '2024-06-14',
      )[0]?.people,
    ).not.toContain('Readout');
  });

  it("reads a surname-like first word before an unknown one as a name, not a saint's city", () => {
    expect(names('The talks between Murray McCully and Ratu Inoke Kubuabola focused on trade.')).toEqual([
      'Murray McCully',
      'Ratu Inoke Kubuabola',
    ]);
    expect(names('He travelled from San Juan to San Salvador.')).toEqual([]);
  });

  it('dates a meeting by the nameless sentence a caption before it', () => {
    expect(
      meetings(
        'The foreign ministers of Fiji and New Zealand met in Auckland on Saturday to discuss relations.\n\nFiji Foreign Minister Ratu Inoke Kubuabola\n\nThe talks between Foreign Minister Murray McCully and Foreign Minister Ratu Inoke Kubuabola focused on regional issues.',
        '2015-05-18',
      )[0],
    ).toEqual({ date: '2015-05-16', status: 'held', people: ['Murray McCully', 'Ratu Inoke Kubuabola'] });
  });

  it('reads a first name the lexicon calls a word after a title ending in its portfolio', () => {
    expect(names('He had talks with the Minister of Defence Frank Bakke-Jensen.')).toEqual([
      'Frank Bakke-Jensen',
    ]);
    expect(names('He met Defence Minister Frank Bakke-Jensen.')).toEqual(['Frank Bakke-Jensen']);
    expect(names('The Minister of Defence Visited Kabul')).toEqual([]);
  });

  it('reads credentials, "exchanged views with", "dialled" and a call on a titled foreigner as meetings', () => {
    const read = (text: string) => meetings(text, '2024-06-14')[0] ?? null;
    expect(
      read('Ambassador Rahul Kulshreshth presented his credentials to President Sadyr Japarov on Tuesday.'),
    ).toEqual({ date: '2024-06-11', status: 'held', people: ['Rahul Kulshreshth', 'Sadyr Japarov'] });
    expect(
      read('Foreign Minister Ali Sabry exchanged views with his Maldivian counterpart Moosa Zameer.')?.people,
    ).toEqual(['Ali Sabry', 'Moosa Zameer']);
    expect(
      read('Prime Minister Shehbaz Sharif dialled Turkish President Recep Tayyip Erdogan.')?.people,
    ).toEqual(['Shehbaz Sharif', 'Recep Tayyip Erdogan']);
    expect(
      read('General Asim Munir called on Saudi Defence Minister Prince Khalid bin Salman in Riyadh.')?.people,
    ).toEqual(['Asim Munir', 'Khalid bin Salman']);
    // "sat down" is no Saturday.
    expect(
      read(
        'Secretary of State Antony Blinken and Foreign Minister Wang Yi sat down for talks in Beijing on Tuesday.',
      )?.date,
    ).toBe('2024-06-11');
  });

  it('takes the counterpart who speaks right after a meeting told with one name', () => {
    expect(
      meetings(
        'Foreign Minister Ishaq Dar met his Chinese counterpart in Beijing on Tuesday. Wang Yi said China values its friendship with Pakistan.',
        '2024-06-14',
      ),
    ).toEqual([{ date: '2024-06-11', status: 'held', people: ['Ishaq Dar', 'Wang Yi'] }]);
    expect(
      meetings(
        'The Prime Minister received the visiting Foreign Minister of Iran on Tuesday.\n\nPrime Minister Shehbaz Sharif said Pakistan values its ties with Iran. Foreign Minister Abbas Araghchi conveyed the greetings of the Iranian leadership.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Shehbaz Sharif', 'Abbas Araghchi']);
    // Far from the meeting, a speaker is someone else's news.
    expect(
      meetings(
        'Foreign Minister Ishaq Dar met his Chinese counterpart in Beijing on Tuesday. Trade grew. Ports opened. Roads were built. Analyst Ayesha Siddiqa said ties are strong.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Ishaq Dar']);
  });

  it('keeps the speaker who "told" the other "during their meeting", and drops the one telling of it', () => {
    expect(
      meetings(
        'Prime Minister Narendra Modi told Japanese Prime Minister Fumio Kishida during their meeting on Tuesday that India values the partnership.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Narendra Modi', 'Fumio Kishida']);
    expect(
      meetings(
        'Ambassador Deepak Mittal told Minister Amir Khan Muttaqi that Prime Minister Narendra Modi held a meeting with Fumio Kishida on Tuesday.',
        '2024-06-14',
      )[0]?.people,
    ).not.toContain('Deepak Mittal');
  });

  it('takes the people of a meeting sentence that names nobody from the sentence before or after', () => {
    expect(
      meetings(
        'Iranian President Masoud Pezeshkian and Pakistani Prime Minister Shehbaz Sharif vowed on Monday to boost trade. The two leaders met in Tehran.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Masoud Pezeshkian', 'Shehbaz Sharif']);
    expect(
      meetings(
        'The Foreign Minister received the Ambassador of Japan on Monday. During the meeting, Ambassador Mitsuhiro Wada briefed Foreign Minister Ishaq Dar on bilateral ties.',
        '2024-06-14',
      ),
    ).toEqual([{ date: '2024-06-10', status: 'held', people: ['Mitsuhiro Wada', 'Ishaq Dar'] }]);
    // One person named before is no meeting's people.
    expect(
      meetings(
        'Minister Ishaq Dar said on Monday that trade grew. The talks were held in Beijing.',
        '2024-06-14',
      ),
    ).toEqual([]);
  });

  it('takes the head of each side and a delegation\'s members ("The Indian side was led by X")', () => {
    expect(
      meetings(
        'Foreign Secretary Masud Bin Momen led the Bangladesh delegation at the Foreign Office Consultations with India held in Dhaka on Sunday. The Indian side was led by Foreign Secretary Vinay Kwatra.',
        '2024-06-14',
      ),
    ).toEqual([{ date: '2024-06-09', status: 'held', people: ['Masud Bin Momen', 'Vinay Kwatra'] }]);
    expect(
      meetings(
        'Foreign Minister Ishaq Dar held talks with Foreign Minister Wang Yi in Beijing on Tuesday. The Pakistani delegation included Ambassador Khalil Hashmi.',
        '2024-06-14',
      )[0]?.people,
    ).toEqual(['Ishaq Dar', 'Wang Yi', 'Khalil Hashmi']);
  });

  it('reads "his Iranian counterpart" and "his Chinese colleague" as titles before a name', () => {
    expect(names('Lavrov met with his Iranian counterpart Abbas Araghchi in Moscow.')).toEqual([
      'Abbas Araghchi',
    ]);
    expect(names('Lavrov held talks with his Chinese colleague Wang Yi.')).toEqual(['Wang Yi']);
  });

  it('reads a first name spelt like a place as the name it opens, and the place after "in"', () => {
    expect(names('Victoria Nuland met Foreign Minister Ararat Mirzoyan in Yerevan.')).toEqual([
      'Victoria Nuland',
      'Ararat Mirzoyan',
    ]);
    expect(names('French Defence Minister Florence Parly held talks with Rajnath Singh.')).toEqual([
      'Florence Parly',
      'Rajnath Singh',
    ]);
    expect(names('Paraguayan President Santiago Peña received Foreign Minister Lin Chia-lung.')).toEqual([
      'Santiago Peña',
      'Lin Chia-lung',
    ]);
    expect(names('The minister arrived in Victoria Falls and met President Emmerson Mnangagwa.')).toEqual([
      'Emmerson Mnangagwa',
    ]);
  });

  it('reads a surname written in capitals beside a given name, and no acronym ("Mr. HAYASHI Yoshimasa")', () => {
    expect(
      names(
        'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, held a meeting with H.E. Mr. Zheenbek KULUBAEV, who attended the NATO Summit and the BRICS Summit.',
      ),
    ).toEqual(['HAYASHI Yoshimasa', 'Zheenbek KULUBAEV']);
    expect(names('NATO SECRETARY GENERAL MEETS ZHEENBEK KULUBAEV')).toEqual([]);
    const [talk] = meetings(
      'On May 21, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. David ZALKALIANI, Minister of Foreign Affairs of Georgia.\n\nAt the outset, Minister Motegi stated that Japan will provide equipment. Minister Zalkaliani expressed his appreciation.',
      '2020-05-21',
    );
    expect(talk).toEqual({
      date: '2020-05-21',
      status: 'held',
      people: ['MOTEGI Toshimitsu', 'David ZALKALIANI'],
    });
  });

  it('keeps a surname the lexicon calls a noun when it follows a title word ("Foreign Minister Wang Yi")', () => {
    expect(names('Chinese Foreign Minister Wang Yi held talks with Adviser Sartaj Aziz.')).toEqual([
      'Wang Yi',
      'Sartaj Aziz',
    ]);
  });

  it('takes a name before "International Airport", "Convention Centre" or "Bhavan" for a place', () => {
    expect(names('He was received at the Hosea Kutako International Airport by Mrs Lilian Onoh.')).toEqual([
      'Lilian Onoh',
    ]);
    expect(names('The talks were held at Jinnah Convention Centre.')).toEqual([]);
    expect(names('Modi received Ruto at Rashtrapati Bhavan.')).not.toContain('Rashtrapati Bhavan');
  });

  it('keeps "Das" closing a name and drops "Integration" opening one', () => {
    expect(names('Indian High Commissioner Riva Ganguly Das paid a call on the Prime Minister.')).toEqual([
      'Riva Ganguly Das',
    ]);
    expect(
      names(
        "She met Ghana's Minister for Foreign Affairs and Regional Integration Shirley Ayorkor Botchwey.",
      ),
    ).toEqual(['Shirley Ayorkor Botchwey']);
  });

  it('takes "Sri Lanka", "Sri Lankan", "Sierra Leonean" for countries, not for people', () => {
    expect(names('He met his Sri Lankan counterpart in Sri Lanka.')).toEqual([]);
    expect(names('He met Sierra Leonean President Julius Maada Bio.')).toEqual(['Julius Maada Bio']);
  });

  it('reads "Wang Yi," opening a sentence as a name: a surname the lexicon knows closes it', () => {
    expect(names('Wang Yi, member of the Political Bureau, held talks with Antony Blinken.')).toEqual([
      'Wang Yi',
      'Antony Blinken',
    ]);
  });

  it('takes "Amiri Diwan" for a palace and "Responsible" for no name', () => {
    expect(names('The Amir received the Lord Mayor at the Amiri Diwan.')).toEqual([]);
    expect(names('He met Minister Responsible for Defence Affairs Badr Al Busaidy.')).toEqual([
      'Badr Al Busaidy',
    ]);
  });

  it('reads an Omani name of six words, "Sayyid" as an honorific, and a title followed by "on Wednesday"', () => {
    expect(
      names('Muscat: Sayyid Badr bin Hamad al Busaidy, Foreign Minister on Wednesday held a meeting.'),
    ).toEqual(['Badr bin Hamad al Busaidy']);
  });

  it('makes "H.E. Shimizu Shinsuke" a name on the strength of the honorific', () => {
    expect(
      names('Cabinet Secretary Dr. Alfred Mutua held a meeting with H.E. Shimizu Shinsuke on Monday.'),
    ).toEqual(['Alfred Mutua', 'Shimizu Shinsuke']);
  });

  it('knows African and South Asian capitals: "Addis Ababa" is nobody', () => {
    expect(
      names('Addis Ababa February 6/2022 /ENA/ Prime Minister Abiy Ahmed met Muhammadu Buhari.'),
    ).toEqual(['Abiy Ahmed', 'Muhammadu Buhari']);
  });

  it('reads "H.E." as His Excellency, not as the initials of the name after it', () => {
    expect(names('The Minister received the Chinese Ambassador, H.E. Cui Jianchun, today.')).toEqual([
      'Cui Jianchun',
    ]);
  });
});

describe('who took part, in English reports', () => {
  it('leaves out the source of the news: "X said that Y held a meeting", a media aide', () => {
    const found = meetings(
      'Onyeama in Namibia\n\nMrs Sarah Sanda, the Special Assistant to the Minister on Media, disclosed this on Sunday.\nSanda said that Geoffrey Onyeama held a meeting with Foreign Minister Netumbo Nandi-Ndaitwah on Monday.',
      '2019-10-08',
    );
    expect(found.flatMap((m) => m.people)).toEqual(['Geoffrey Onyeama', 'Netumbo Nandi-Ndaitwah']);
  });

  it('keeps the speaker who says he met someone: "X said he met Y"', () => {
    const found = meetings(
      'Visit\n\nSubrahmanyam Jaishankar said he met Sergey Lavrov on Monday.',
      '2020-09-10',
    );
    expect(found[0]?.people).toEqual(['Subrahmanyam Jaishankar', 'Sergey Lavrov']);
  });

  it('reads "During the conversation, A and B discussed …" as both taking part', () => {
    const found = meetings(
      'Call\n\nSheikh Abdullah bin Zayed received a phone call from the foreign minister of Iran on Thursday.\n\nDuring the conversation, Sheikh Abdullah and Hossein Amirabdollahian discussed bilateral relations.',
      '2021-11-11',
    );
    expect(found).toEqual([
      { date: '2021-11-11', status: 'held', people: ['Abdullah bin Zayed', 'Hossein Amirabdollahian'] },
    ]);
  });

  it('keeps two people of one surname apart: "Bharat Raj Paudyal" and "Bimala Rai Paudyal"', () => {
    const found = meetings(
      'Kathmandu\n\nForeign Secretary Vinay Kwatra met his Nepal counterpart Bharat Raj Paudyal on Monday.\n\nKwatra also met foreign minister Bimala Rai Paudyal on Monday.',
      '2023-02-13',
    );
    expect(found.flatMap((m) => m.people)).toEqual([
      'Vinay Kwatra',
      'Bharat Raj Paudyal',
      'Vinay Kwatra',
      'Bimala Rai Paudyal',
    ]);
  });

  it('files a later visit announced of a head of state named alone ("the upcoming visit of President Putin")', () => {
    const found = meetings(
      'Astana\n\nPresident Kassym-Jomart Tokayev received Foreign Minister Sergey Lavrov on Monday.\n\nDuring the meeting, attention was paid to the upcoming visit of Russian President Putin to Kazakhstan.',
      '2024-11-25',
    );
    expect(found.flatMap((m) => m.people)).toEqual(['Kassym-Jomart Tokayev', 'Sergey Lavrov', 'Putin']);
  });

  it('reads "the meeting of presidents Nazarbayev and Putin" as a meeting of both', () => {
    const found = meetings(
      'Astana\n\nSecretary of State Gulshara Abdykalikova met Ambassador Alexei Borodavkin on April 24.\n\nBoth countries look forward to the forthcoming meeting of presidents Nazarbayev and Putin in May.',
      '2018-04-24',
    );
    expect(found.map((m) => [m.status, m.people])).toEqual([
      ['held', ['Gulshara Abdykalikova', 'Alexei Borodavkin']],
      ['planned', ['Nazarbayev', 'Putin']],
    ]);
  });

  it('reads "X, who arrived today, is also expected to hold talks with Y" as a meeting announced', () => {
    const found = meetings(
      'Islamabad\n\nChinese Foreign Minister Wang Yi today held talks with Adviser Sartaj Aziz.\nWang Yi, who arrived here today, is also expected to hold talks with Prime Minister Nawaz Sharif.',
      '2017-06-24',
    );
    expect(found.map((m) => [m.status, m.people])).toEqual([
      ['held', ['Wang Yi', 'Sartaj Aziz']],
      ['planned', ['Wang Yi', 'Nawaz Sharif']],
    ]);
  });

  it('reads "has discussed with X" as talks with X', () => {
    const found = meetings(
      'AU\n\nPrime Minister Abiy Ahmed has discussed with Nigerian president, Muhammadu Buhari on bilateral issues.',
      '2022-02-06',
    );
    expect(found[0]?.people).toEqual(['Abiy Ahmed', 'Muhammadu Buhari']);
  });

  it('reads "called on the visiting leader" as a meeting with the visitor, and "X said the talks were productive" as a source', () => {
    const found = meetings(
      'Delhi\n\nPrime Minister Narendra Modi on Saturday held talks with Bangladesh Prime Minister Sheikh Hasina.\n\nExternal Affairs Minister S Jaishankar called on the visiting leader on Friday.\n\nSpeaking to reporters, Foreign Secretary Vinay Kwatra said the talks were productive.',
      '2024-06-23',
    );
    expect(found.map((m) => m.people.sort())).toEqual([
      ['Hasina', 'Narendra Modi'],
      ['Hasina', 'S Jaishankar'],
    ]);
  });

  it('finds "the minister" of a later paragraph among the people of the last meeting told', () => {
    const found = meetings(
      "Envoys\n\nMinister of Foreign Affairs Geoffrey Onyeama received the Chinese Ambassador, Cui Jianchun, on Tuesday.\n\nThe ministry posted pictures on its page.\n\nOutgoing Tunisian Ambassador to Nigeria Jalel Trabelsi was in the minister's office on a farewell visit.",
      '2021-08-24',
    );
    expect(found.map((m) => m.people.sort())).toEqual([
      ['Cui Jianchun', 'Geoffrey Onyeama'],
      ['Geoffrey Onyeama', 'Jalel Trabelsi'],
    ]);
  });
});

describe('meeting words of English outside the US and UK', () => {
  it('reads "paid a courtesy call on" as a meeting of the caller (visitor) with the one called on (host)', () => {
    const [main] = extractReport(
      'Farewell\n\nIndian High Commissioner Riva Ganguly Das paid a farewell call on Prime Minister Sheikh Hasina at her official residence on Sunday.',
      { published: '2020-09-28', gazetteer: BUILT_IN_GAZETTEER },
    ).meetings;
    expect(main?.date).toBe('2020-09-27');
    expect(main?.participants.map((p) => [p.name, p.side])).toEqual([
      ['Riva Ganguly Das', 'visitor'],
      ['Hasina', 'host'],
    ]);
  });

  it('does not read "called on Pakistan to act" as a meeting', () => {
    expect(
      meetings(
        'UNGA\n\nForeign Minister Ishaq Dar called on the President of the Council to act.',
        '2024-09-25',
      ),
    ).toEqual([]);
  });

  it('reads "held separate bilateral meetings … on September 24" as meetings on that day', () => {
    const found = meetings(
      'UNGA\n\nExternal Affairs Minister S. Jaishankar held a series of bilateral meetings on the sidelines of the UN General Assembly.\n\nHe held separate bilateral meetings with his counterparts on September 24. Jaishankar said it was a pleasure to meet with Secretary of Foreign Affairs Alicia Bárcena of Mexico.\n\nThe External Affairs Minister also met his counterpart from Bosnia and Herzegovina, Elmedin Konakovic and discussed trade.',
      '2023-09-25',
    );
    expect(found).toEqual([
      { date: '2023-09-24', status: 'held', people: ['S. Jaishankar', 'Alicia Bárcena'] },
      { date: '2023-09-24', status: 'held', people: ['S. Jaishankar', 'Elmedin Konakovic'] },
    ]);
  });
});

describe('the main meeting and its day, in English reports', () => {
  it('files no day for "next week" and takes the day written later ("on Wednesday May 8")', () => {
    const found = meetings(
      'TEHRAN, Apr. 30 (MNA) – Iranian Foreign Minister Mohammad Javad Zarif will meet his Russian counterpart in Moscow next week.\nThe Russian Foreign Ministry said in a statement on Tuesday that Zarif and Lavrov will meet on Wednesday May 8.',
      '2019-04-30',
    );
    expect(found[0]).toEqual({
      date: '2019-05-08',
      status: 'planned',
      people: ['Mohammad Javad Zarif', 'Lavrov'],
    });
  });

  it('does not date a meeting by the dateline in brackets at the head of a sentence', () => {
    const found = meetings(
      'SCO\n\nNEW DELHI (UrduPoint News / Sputnik - 10th September, 2020) Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Russian Foreign Minister Sergey Lavrov on Wednesday.',
      '2020-09-10',
    );
    expect(found[0]?.date).toBe('2020-09-09');
  });

  it('never files a spokesman, even where a later sentence names him bare', () => {
    const found = meetings(
      'SCO\n\nJaishankar met his counterparts, ministry spokesman Anurag Srivastava said.\n"He met Foreign Minister Chingiz Aidarbekov yesterday," Srivastava said at a press conference.',
      '2020-09-10',
    );
    expect(found.flatMap((m) => m.people)).not.toContain('Anurag Srivastava');
  });

  it('reads "une visite de deux jours" as a length of time, not as "in two days"', () => {
    const [main] = extractReport(
      'Gambie\n\nLe Premier ministre sénégalais Ousmane Sonko est arrivé en Gambie mercredi pour une visite de travail de deux jours.',
      { published: '2024-12-19', gazetteer: BUILT_IN_GAZETTEER },
    ).meetings;
    expect([main?.date, main?.status]).toEqual(['2024-12-18', 'held']);
  });

  it('gives the day of a meeting sentence naming nobody to the meeting told right after it', () => {
    const found = meetings(
      'Tashkent, Uzbekistan, Nov. 3\n\nThe President of Uzbekistan received on Tuesday in Tashkent the heads of government of Tajikistan and Kazakhstan.\nShavkat Mirziyoyev held bilateral meetings with the Prime Ministers of Tajikistan Kokhir Rasulzoda and Kazakhstan Bakytzhan Sagintayev.',
      '2017-11-03',
    );
    expect(found[0]?.date).toBe('2017-10-31');
  });

  it('takes "the Minister" for the protagonist when the report never gave anyone that title', () => {
    const found = meetings(
      'Abu Dhabi\n\nSayyid Badr met Sheikh Mohammed bin Rashid al Maktoum on Sunday.\n\nOn the sidelines of the exhibition, the Minister met Jeong Kyeong-doo, Minister of National Defence of South Korea.',
      '2019-02-18',
    );
    expect(found.map((m) => m.people.sort())).toEqual([
      ['Badr', 'Mohammed bin Rashid al Maktoum'],
      ['Badr', 'Jeong Kyeong-doo'],
    ]);
  });

  it('files nobody for the protocol of an arrival at the airport', () => {
    const found = meetings(
      'Colombo\n\nExternal Affairs Minister Subrahmanyam Jaishankar met Foreign Minister Vijitha Herath on Friday. Earlier in the day, Jaishankar was received on arrival at the Bandaranaike International Airport by Foreign Secretary Aruni Wijewardane.',
      '2024-10-07',
    );
    expect(found).toEqual([
      { date: '2024-10-04', status: 'held', people: ['Subrahmanyam Jaishankar', 'Vijitha Herath'] },
    ]);
  });

  it('leaves out who is named by the government or leadership they head', () => {
    const found = meetings(
      'Colombo\n\nExternal Affairs Minister Subrahmanyam Jaishankar was the first to visit Sri Lanka after the government of President Anura Kumara Dissanayake assumed office, and met Foreign Minister Vijitha Herath.',
      '2024-10-07',
    );
    expect(found.flatMap((m) => m.people)).toEqual(['Subrahmanyam Jaishankar', 'Vijitha Herath']);
  });

  it('reads "on the 4th" as that day of the month of the report, or of the month before', () => {
    expect(
      meetings('Talks\n\nJaishankar met Foreign Minister Vijitha Herath on 4 th .', '2024-10-07')[0]?.date,
    ).toBe('2024-10-04');
    expect(
      meetings('Talks\n\nJaishankar met Foreign Minister Vijitha Herath on the 28th.', '2024-10-03')[0]?.date,
    ).toBe('2024-09-28');
    expect(
      meetings('Talks\n\nJaishankar will meet Foreign Minister Vijitha Herath on the 2nd.', '2024-10-28')[0]
        ?.date,
    ).toBe('2024-11-02');
  });

  it('does not take the day of an event told in passing ("assumed office on 22 September")', () => {
    const found = meetings(
      'Colombo\n\nJaishankar, the first to visit since President Anura Kumara Dissanayake assumed office on 22 September, met Foreign Minister Vijitha Herath.',
      '2024-10-04',
    );
    expect(found[0]?.date).toBe('2024-10-04');
  });

  it('does not date a meeting by the day a spokesman spoke of it', () => {
    const found = meetings(
      'SCO\n\nJaishankar met his counterparts on the sidelines of the SCO meeting, spokesman Anurag Srivastava said on Thursday.\nIn particular, Subrahmanyam Jaishankar held talks with Russian Foreign Minister Sergey Lavrov on Wednesday.',
      '2020-09-10',
    );
    expect(found[0]).toEqual({
      date: '2020-09-09',
      status: 'held',
      people: ['Subrahmanyam Jaishankar', 'Sergey Lavrov'],
    });
  });

  it('makes the meeting with a named counterpart the main one when the report opens with a lone trip', () => {
    const found = meetings(
      "Namibia\n\nNigeria's Foreign Affairs Minister, Geoffrey Onyeama is on a two-day working visit to Namibia.\n\nThe Minister is expected to meet his counterpart, Mrs Netumbo Nandi-Ndaitwah, on Monday.",
      '2019-10-06',
    );
    expect(found[0]).toEqual({
      date: '2019-10-07',
      status: 'planned',
      people: ['Geoffrey Onyeama', 'Netumbo Nandi-Ndaitwah'],
    });
  });
});

describe("the main meeting's day, in the other languages", () => {
  it('reads "нанесет визит" as a visit to come, dated by the day its arrival is announced for', () => {
    const [main] = extractReport(
      'Визит\n\nКомандующий Центральным командованием США генерал Мартин Демпси нанесет однодневный визит в Душанбе.\nДемпси прибудет в таджикскую столицу 31 июля.',
      { published: '2008-07-29', gazetteer: BUILT_IN_GAZETTEER },
    ).meetings;
    expect([main?.date, main?.status]).toEqual(['2008-07-31', 'planned']);
  });
});

describe("a minister's portfolio before the name", () => {
  it('reads the name after "Minister of" and the portfolio, whatever the ministry', () => {
    expect(names('Minister of Petroleum Musadik Malik met him.')).toEqual(['Musadik Malik']);
    expect(names('Minister for Commerce and Industry Piyush Goyal met him.')).toEqual(['Piyush Goyal']);
    expect(names('Minister of Home Affairs of Nepal Ramesh Lekhak met him.')).toEqual(['Ramesh Lekhak']);
    expect(names('The Minister of Youth and Sports Amina Yusuf Khan met him.')).toEqual(['Amina Yusuf Khan']);
  });

  it('takes initials or a surname alone after the portfolio for a name', () => {
    expect(names('Minister of State for External Affairs V. Muraleedharan met him.')).toEqual([
      'V. Muraleedharan',
    ]);
    expect(names('Minister of External Affairs Jaishankar met him.')).toEqual(['Jaishankar']);
  });

  it('keeps portfolio words that are names elsewhere: "Samantha Power"', () => {
    expect(names('Ambassador Samantha Power met him.')).toEqual(['Samantha Power']);
  });

  it('reads "Hon." as an honorific before a surname', () => {
    expect(
      meetings('NAIROBI - Hon. Mudavadi met Foreign Minister Ahmed Moallim Fiqi on Tuesday.', '2024-06-12'),
    ).toEqual([{ date: '2024-06-11', status: 'held', people: ['Mudavadi', 'Ahmed Moallim Fiqi'] }]);
  });
});

describe('"Jun" as a name', () => {
  it('reads "Dong Jun" as a name and "5 Jun" as a day', () => {
    expect(
      names('Minister Khawaja Asif held talks with Chinese Defence Minister Dong Jun in Beijing.'),
    ).toEqual(['Khawaja Asif', 'Dong Jun']);
    expect(
      meetings('The talks took place on 5 Jun in Beijing between Wang Yi and Dong Jun.', '2024-06-12'),
    ).toEqual([{ date: '2024-06-05', status: 'held', people: ['Wang Yi', 'Dong Jun'] }]);
  });
});

describe('"He" inside a sentence', () => {
  it('is the surname "He", not the pronoun', () => {
    expect(names('Prime Minister Shehbaz Sharif received Chinese Vice Premier He Lifeng on Monday.')).toEqual(
      ['Shehbaz Sharif', 'He Lifeng'],
    );
  });
});

describe('the adjective of any state', () => {
  it('is no name before a title: "and Mozambican President Filipe Nyusi"', () => {
    expect(
      names('President Lula met Angolan President João Lourenço and Mozambican President Filipe Nyusi.'),
    ).toEqual(['Lula', 'João Lourenço', 'Filipe Nyusi']);
  });
});

describe("a state's name as a surname", () => {
  it('keeps "Montenegro" after a first name', () => {
    expect(names('President Joe Biden met Portuguese Prime Minister Luis Montenegro in Washington.')).toEqual(
      ['Joe Biden', 'Luis Montenegro'],
    );
  });
});

describe('meetings at table, church leaders, and days counted from something else', () => {
  it('files a lunch "with" someone as a meeting, and a list of guests at "the dinner"', () => {
    expect(
      meetings(
        'While in Bridgetown on Sunday, Prime Minister Keith Rowley had lunch with Mia Mottley.',
        '2018-05-28',
      ),
    ).toEqual([{ date: '2018-05-27', status: 'held', people: ['Keith Rowley', 'Mia Mottley'] }]);
    const guests = meetings(
      [
        'LIMA, 4 May 2025 – Foreign Minister Elmer Schialer received new ambassadors on Friday.',
        'The dinner, held at the Palacio de Torre Tagle, was led by Vice Minister Ana Cecilia Gervasi.',
        'The following ambassadors attended the dinner:',
        '• H.E. Pavlin Todorov of the Republic of Bulgaria',
        '• H.E. Harold Burgos of the Republic of Honduras',
      ].join('\n'),
      '2025-05-04',
    );
    expect(guests[0]?.people).toEqual(
      expect.arrayContaining(['Elmer Schialer', 'Pavlin Todorov', 'Harold Burgos']),
    );
  });

  it('reads "called on Archbishop X" as a meeting and "last afternoon" as the day before', () => {
    expect(
      meetings(
        'Prime Minister Mahinda Rajapaksa called on Archbishop Malcolm Ranjith last afternoon.',
        '2019-11-26',
      ),
    ).toEqual([{ date: '2019-11-25', status: 'held', people: ['Mahinda Rajapaksa', 'Malcolm Ranjith'] }]);
  });

  it('does not date a meeting by "one day after" another event', () => {
    const read = meetings(
      'Foreign Minister Margus Tsahkna made his first visit on Tuesday, one day after taking office, to Finland. Tsahkna met his counterpart Pekka Haavisto in Helsinki.',
      '2023-04-18',
    );
    expect(read[0]).toEqual({
      date: '2023-04-18',
      status: 'held',
      people: ['Margus Tsahkna', 'Pekka Haavisto'],
    });
  });

  it('reads a page whose stored copy opens with "date YYYY-MM-DD" on the story line', () => {
    expect(
      meetings(
        'date 2019-05-30 President Nana Akufo-Addo will pay a state visit on June 11-12, 2019, and meet President David Granger.',
        '2019-05-30',
      ),
    ).toEqual([{ date: '2019-06-11', status: 'planned', people: ['Nana Akufo-Addo', 'David Granger'] }]);
  });

  it("keeps a chamber's portfolio and a compound of states out of names", () => {
    expect(names('He met the head of the Estonian-Lithuanian Chamber of Commerce Robert Juodka.')).toEqual([
      'Robert Juodka',
    ]);
    expect(names('President Sadyr Japarov opened the Kyrgyz-Turkish Business Forum in Ankara.')).toEqual([
      'Sadyr Japarov',
    ]);
  });
});

describe('what talks are measured from', () => {
  it('leaves out who is named after "their first talks since"', () => {
    const text =
      'Foreign Minister Yun Byun-se had phone talks with his Chinese counterpart, Wang Yi, on Tuesday. It was their first talks since North Korea executed Jang Song-thaek, the uncle of leader Kim Jong-un.';
    expect(meetings(text, '2014-01-01').flatMap((m) => m.people)).toEqual(['Yun Byun-se', 'Wang Yi']);
  });
});

describe('honorifics and plural institutions', () => {
  it('reads "Samdech Techo" as an honorific and "Organisations" as nobody', () => {
    expect(names('Prime Minister Samdech Techo Hun Sen received John Key in Phnom Penh.')).not.toContain(
      'Samdech Techo Hun',
    );
    expect(names('He met the heads of International Organisations in Abu Dhabi.')).toEqual([]);
  });
});

describe('fronts, regions and the words of a headline', () => {
  it('files no front, region or headline verb as a person', () => {
    expect(
      names('President Tran Dai Quang met Wang Jiarui and leaders of the Fatherland Front.'),
    ).not.toContain('Fatherland Front');
    expect(names('Minister Gabrielius Landsbergis visited the Tskhinvali Region line.')).toEqual([
      'Gabrielius Landsbergis',
    ]);
    expect(names('Prime Minister Abiy Confers With Leaders of Kenya')).not.toContain('Abiy Confers');
  });
});
