import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { surnameKey, withoutSuffix } from './person-names.js';

/*
 * Who of the people an English report names takes part in its meetings: rules read from the
 * structure of the report (suffixes, titles, references back), each with the answer a reader gives.
 */

function people(text: string, published = '2024-03-20'): string[] {
  const { meetings } = extractReport(text, { published, gazetteer: BUILT_IN_GAZETTEER });
  return [...new Set(meetings.flatMap((m) => m.participants.map((p) => p.name)))].sort();
}

describe('generational suffixes', () => {
  it('files "Maria Santos Jr." as "Maria Santos" and keys "Peter Holm III" by "Holm"', () => {
    expect(withoutSuffix('Maria Santos Jr.')).toBe('Maria Santos');
    expect(withoutSuffix('Joseph R. Biden, Jr.')).toBe('Joseph R. Biden');
    expect(withoutSuffix('Peter Holm III')).toBe('Peter Holm III');
    expect(surnameKey('Peter Holm III')).toBe(surnameKey('Holm'));
    // A reign's number after a single name stays in the key: "Charles III" is not "Charles".
    expect(surnameKey('Charles III')).not.toBe(surnameKey('Charles'));
  });

  it('reads a bare "Santos" and "Holm" later on as the people first named with their suffix', () => {
    const text =
      'Defence Secretary Maria Santos Jr. (left) and Foreign Minister Peter Holm III (right).\n\n' +
      'The two ministers held a meeting in Oslo on Tuesday.\n\n' +
      "Santos and Holm's meeting ended with a joint statement on maritime security.";
    expect(people(text)).toEqual(['Maria Santos', 'Peter Holm III']);
  });
});

describe('"called on" a title', () => {
  it('reads "called on Defence Minister X" as a meeting, whatever title follows', () => {
    expect(
      people(
        'Undersecretary of Defence Anna Kovacs and Undersecretary for Operations Marek Lind both called on Defence Minister Tomas Varga at the ministry yesterday.',
      ),
    ).toEqual(['Anna Kovacs', 'Marek Lind', 'Tomas Varga']);
  });

  it('still reads "called on Defence Minister X to resign" as an appeal, with nobody meeting', () => {
    expect(
      people(
        'Opposition leader Anna Kovacs called on Defence Minister Tomas Varga to resign over the contract.',
      ),
    ).toEqual([]);
  });
});

describe('a counterpart the sentence does not name', () => {
  it('makes "X has greeted his Turkish counterpart" a meeting of X with the visitor told before', () => {
    const { meetings } = extractReport(
      'Foreign Minister Selim Arda has arrived in Astana today on an official visit. ' +
        "Kazakhstan's Foreign Minister Daniyar Omarov has greeted his Turkish counterpart.",
      { published: '2024-03-20', gazetteer: BUILT_IN_GAZETTEER },
    );
    expect(meetings.map((m) => m.participants.map((p) => [p.name, p.side]))).toEqual([
      [
        ['Selim Arda', 'visitor'],
        ['Daniyar Omarov', 'host'],
      ],
    ]);
  });

  it('adds nobody when the counterpart is named: "greeted his counterpart Y"', () => {
    const { meetings } = extractReport(
      'Foreign Minister Selim Arda arrived in Astana today. Later, Foreign Minister Daniyar Omarov greeted his counterpart Lena Brandt of Austria.',
      { published: '2024-03-20', gazetteer: BUILT_IN_GAZETTEER },
    );
    const greeting = meetings.find((m) => m.participants.some((p) => p.name === 'Lena Brandt'));
    expect(greeting?.participants.map((p) => p.name)).toEqual(['Daniyar Omarov', 'Lena Brandt']);
  });
});

describe('a title with a word of nationality refers back', () => {
  it('reads "the Omani foreign minister will also call on X" as a meeting of the minister told before', () => {
    const { meetings } = extractReport(
      'Omani Foreign Minister Badr Hamadi arrived in Islamabad on Thursday and was received by Foreign Minister Tariq Qamar. ' +
        'The Omani foreign minister will also call on Prime Minister Asif Noor during his visit.',
      { published: '2024-03-21', gazetteer: BUILT_IN_GAZETTEER },
    );
    const call = meetings.find((m) => m.participants.some((p) => p.name === 'Asif Noor'));
    expect(call?.status).toBe('planned');
    expect(call?.participants.map((p) => p.name)).toEqual(['Badr Hamadi', 'Asif Noor']);
  });
});

describe('a list that goes on in the next sentence', () => {
  it('takes the people of "The envoys are X and Y" after a meeting with "two ambassadors"', () => {
    expect(
      people(
        'Foreign Minister Ruth Mensah has hosted a luncheon in honour of two outgoing ambassadors on Tuesday.\n\n' +
          'The envoys are the ambassador of Togo, Paul Agbeko and the ambassador of Qatar, Khalid Al-Mansouri.',
      ),
    ).toEqual(['Khalid Al-Mansouri', 'Paul Agbeko', 'Ruth Mensah']);
  });

  it('takes "Others include Y and Z" after "met his counterparts, including X", not after an aside', () => {
    const text =
      'Minister Paul Biruka also met with his counterparts from several countries, including Ana Silva of Portugal. ' +
      'Others include Jonas Berg of Norway and Mira Kovac of Croatia.';
    expect(people(text)).toEqual(['Ana Silva', 'Jonas Berg', 'Mira Kovac', 'Paul Biruka']);
    // The same list after a sentence that tells no meeting names no participant.
    expect(
      people(
        `${text.split('. ')[0]}. The economy grew by two percent. Others include Jonas Berg of Norway and Mira Kovac of Croatia.`,
      ),
    ).toEqual(['Ana Silva', 'Paul Biruka']);
  });
});

describe('a surname written in capitals after an honorific', () => {
  it('reads "Mr. TANAKA Hiroshi" and "H.E. Mr. Aibek SADYROV" as people, keyed by the capitals', () => {
    const text =
      'On May 2, Mr. TANAKA Hiroshi, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Aibek SADYROV, Minister of Foreign Affairs of the Kyrgyz Republic. ' +
      'Minister Tanaka stated that Japan values the partnership, and Minister Sadyrov agreed.';
    expect(people(text, '2024-05-02')).toEqual(['Aibek SADYROV', 'TANAKA Hiroshi']);
    expect(surnameKey('TANAKA Hiroshi')).toBe(surnameKey('Tanaka'));
  });

  it('keeps an acronym after an honorific no name: "Mr. NATO" and "Mr. Smith of the UN"', () => {
    expect(
      people('On May 2, Mr. John Smith of the UN met with Mr. Peter Brown of NATO.', '2024-05-02'),
    ).toEqual(['John Smith', 'Peter Brown']);
  });
});

describe('the principal named only above the story', () => {
  it('files the byline "Secretary-General Mara Olsen" for "the Secretary-General" of the readout', () => {
    const text =
      'Secretary-General Mara Olsen\n\n' +
      "Readout of the Secretary-General's meeting with H.E. Mr. Jonas Petrov, Minister for Foreign Affairs of Moldova\n\n" +
      'New York, 26 September 2023\n\n' +
      'The Secretary-General and Foreign Minister Jonas Petrov of Moldova met today. They discussed the situation in the region.';
    expect(people(text, '2023-09-26')).toEqual(['Jonas Petrov', 'Mara Olsen']);
  });

  it('files the speaker of a transcript, "SECRETARY DUNN: I am pleased to meet …", named on the byline', () => {
    const header =
      'Remarks With Armenian Foreign Minister Aram Sarkis After Their Meeting\n\nHelen Dunn\nSecretary of State\nNew York City\nSeptember 28, 2009\n\n';
    const body =
      'SECRETARY DUNN: I am very pleased to have this opportunity to meet with the foreign minister.';
    expect(people(header + body, '2009-09-28')).toEqual(['Aram Sarkis', 'Helen Dunn']);
  });

  it('leaves out a reporter named on the byline', () => {
    const text =
      'Ministers meet in Paris\n\nHelen Dunn\n2 Min Read\n\n' +
      'Foreign Minister Aram Sarkis met with his counterpart Jonas Petrov in Paris this afternoon. The minister said the talks went well.';
    expect(people(text, '2014-11-17')).toEqual(['Aram Sarkis', 'Jonas Petrov']);
  });
});

describe('an older meeting with its day written', () => {
  it('files a meeting told with a day months before the report, as the report says it happened', () => {
    const text =
      'Foreign Minister Ali Perera met Ambassador Dan Lee in Colombo on Thursday. ' +
      'Minister Perera recalled his meeting with Secretary of State Mark Hale on the sidelines of the regional forum on 4 August 2022 in Phnom Penh.';
    const { meetings } = extractReport(text, { published: '2022-10-20', gazetteer: BUILT_IN_GAZETTEER });
    expect(meetings.map((m) => [m.date, m.participants.map((p) => p.name)])).toEqual([
      ['2022-10-20', ['Ali Perera', 'Dan Lee']],
      ['2022-08-04', ['Ali Perera', 'Mark Hale']],
    ]);
  });
});

describe('who invited', () => {
  it('files the one who invited to a visit as its host', () => {
    expect(
      people(
        'Minister Naomi Dube visited Singapore on Tuesday at the invitation of Vivian Tan, the Minister of Foreign Affairs of Singapore.',
      ),
    ).toEqual(['Naomi Dube', 'Vivian Tan']);
  });

  it('leaves out the one who invited to a summit', () => {
    expect(
      people(
        'Minister Naomi Dube attended the climate summit in Dubai on Tuesday at the invitation of President Omar Saleh.',
      ),
    ).toEqual(['Naomi Dube']);
  });
});

describe('a name joined by "and" to a name', () => {
  it('takes "Murray Quennell" for a person in "talks between Murray Quennell and Foreign Minister X"', () => {
    expect(
      people(
        'The talks between Murray Quennell and Foreign Minister Ratu Joni Kauvesi in Auckland on Saturday focused on trade.',
      ),
    ).toEqual(['Murray Quennell', 'Ratu Joni Kauvesi']);
  });

  it('does not make a pair of unknown words a person outside a meeting sentence', () => {
    expect(
      people('Murray Quennell and Foreign Minister Ratu Joni Kauvesi praised the new trade figures.'),
    ).toEqual([]);
  });
});

describe('a meeting denied', () => {
  it('files nobody for "X did not meet Y", and keeps "not only met"', () => {
    const text =
      'Prime Minister Hari Thapa held talks with President Ana Lopes on Thursday. Foreign Minister Raj Verma did not meet President Ana Lopes.';
    expect(people(text, '2017-09-22')).toEqual(['Ana Lopes', 'Hari Thapa']);
    expect(
      people(
        'Prime Minister Hari Thapa not only met President Ana Lopes on Thursday but also dined with her.',
        '2017-09-22',
      ),
    ).toEqual(['Ana Lopes', 'Hari Thapa']);
  });
});

describe('someone an occasion is about', () => {
  it('leaves out the one whose resignation or anniversary the visit comes amid', () => {
    const text =
      'Foreign Minister Petar Ilievski will meet President Ioana Rusu in Chisinau on Monday. ' +
      'The visit is taking place amid the sudden resignation of Prime Minister Elena Cojocaru, and on the anniversary of Ion Vatra.';
    expect(people(text, '2023-02-12')).toEqual(['Ioana Rusu', 'Petar Ilievski']);
  });
});

describe('an abbreviation in mixed case', () => {
  it('reads "CiO Osmani" as the Osmani named in full before, not as another person', () => {
    const text =
      'OSCE Chairman-in-Office and Foreign Minister Bujar Lazeri will visit Moldova on February 13. ' +
      'During the visit, CiO Lazeri is set to meet with President Maia Ionescu.';
    expect(people(text, '2023-02-12')).toEqual(['Bujar Lazeri', 'Maia Ionescu']);
  });
});

describe('"she" or "her" in the first meeting sentence', () => {
  it('means the person the sentence before named, when no meeting was told before', () => {
    const text =
      'DHAKA, June 12 (BSS) - Prime Minister Sheikh Hasina today said Bangladesh wants stronger ties with Japan. ' +
      'She said this when Japanese Ambassador Iwama Kiminori paid a courtesy call on her at her office.';
    expect(people(text)).toEqual(['Hasina', 'Iwama Kiminori']);
  });

  it('reads "received" after "he" the same way', () => {
    const text =
      'ABUJA - President Bola Tinubu has pledged support for the standby force. ' +
      'He made the pledge on Tuesday when he received the Chief of Defence Staff of Ghana, Vice Admiral Seth Amoama.';
    expect(people(text)).toEqual(['Bola Tinubu', 'Seth Amoama']);
  });
});

describe('the unnamed side named in the next sentence', () => {
  it('joins "The Minister, Y, welcomed him" to a courtesy call that named only the visitor', () => {
    const text =
      "ACCRA - Ghana's Foreign Minister received a courtesy call from the Ambassador of Japan, Hashimoto Mochizuki, on Monday. " +
      'The Minister, Shirley Ayorkor Botchwey, welcomed him.';
    expect(people(text)).toEqual(['Hashimoto Mochizuki', 'Shirley Ayorkor Botchwey']);
  });
});

describe('the day of a lead sentence before the first meeting', () => {
  it('dates "The understanding was reached during a meeting" by the lead "on Tuesday"', () => {
    const { meetings } = extractReport(
      'KATHMANDU - Nepal and India on Tuesday agreed to expedite work on cross-border projects. ' +
        'The understanding was reached during a meeting between Foreign Minister Arzu Rana Deuba and Indian Ambassador Naveen Srivastava.',
      { published: '2024-06-12', gazetteer: BUILT_IN_GAZETTEER },
    );
    expect(meetings.map((m) => m.date)).toEqual(['2024-06-11']);
  });

  it('leaves the day of a sentence that only reports speech alone', () => {
    const { meetings } = extractReport(
      'ISLAMABAD - The Foreign Office said on Monday that ties were strong. ' +
        'Foreign Minister Ishaq Dar met Chinese Ambassador Jiang Zaidong in Islamabad.',
      { published: '2024-06-12', gazetteer: BUILT_IN_GAZETTEER },
    );
    expect(meetings.map((m) => m.date)).toEqual(['2024-06-12']);
  });
});

describe('people present at the meeting', () => {
  it('takes "Present were X and Y" after a meeting', () => {
    const text =
      'President Ruto met President Museveni at State House. ' +
      "Present were Foreign Affairs Cabinet Secretary Musalia Mudavadi and Uganda's Foreign Minister Jeje Odongo.";
    expect(people(text)).toEqual(['Jeje Odongo', 'Musalia Mudavadi', 'Museveni', 'Ruto']);
  });

  it('takes the person a side "was represented by"', () => {
    const text =
      'Foreign Minister Ahmed Attaf received the Italian Foreign Minister Antonio Tajani on Monday. ' +
      'The Italian side was also represented by Ambassador Alberto Cutillo.';
    expect(people(text)).toEqual(['Ahmed Attaf', 'Alberto Cutillo', 'Antonio Tajani']);
  });
});

describe('headlines in South Asian copy', () => {
  it('reads "PM" as the title "Prime Minister" that the story uses alone', () => {
    const text =
      'PM Modi holds talks with Saudi Crown Prince\n\n' +
      'NEW DELHI: The Prime Minister on Tuesday held talks with the visiting Saudi Crown Prince Mohammed bin Salman at Hyderabad House.';
    expect(people(text, '2024-06-12')).toEqual(['Modi', 'Mohammed bin Salman']);
  });

  it('takes "PM Shehbaz" for the Shehbaz Sharif of the story', () => {
    const text =
      'PM Shehbaz meets Erdogan\n\n' +
      'ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday held talks with the President of Turkiye.';
    expect(people(text, '2024-06-12')).toEqual(['Erdogan', 'Shehbaz Sharif']);
  });
});

describe('a surname alone as the subject of the meeting verb', () => {
  it('takes "Mirzoyan hosted" and "Blinken met" after a fronted phrase', () => {
    expect(
      people('In Yerevan, Mirzoyan hosted Iranian Foreign Minister Abbas Araghchi for talks on Monday.'),
    ).toEqual(['Abbas Araghchi', 'Mirzoyan']);
    expect(
      people(
        'Earlier in the day, Blinken met with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha.',
      ),
    ).toEqual(['Blinken', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('takes two surnames joined by "and" before the verb', () => {
    const text =
      'The two leaders are expected to discuss the situation in the region and the economy. ' +
      'Kishida and Biden will meet at Camp David on Aug. 18, the White House said on Wednesday.';
    expect(people(text)).toEqual(['Biden', 'Kishida']);
  });

  it('takes the surname as the object too: "held talks with Fidan"', () => {
    expect(people('Lavrov held talks with Fidan in Moscow on Tuesday.')).toEqual(['Fidan', 'Lavrov']);
  });

  it('takes no city and no armed group for a person', () => {
    expect(people('Later, Washington received Prime Minister Modi.')).toEqual(['Modi']);
    expect(people('Foreign Minister Qureshi said Kabul should hold talks with Taliban soon.')).toEqual([
      'Qureshi',
    ]);
  });
});

describe('"They are …" after a meeting with a group', () => {
  it('names the envoys a credentials ceremony received', () => {
    const text =
      'President Yoweri Museveni received credentials from four new envoys at State House Entebbe on Tuesday. ' +
      'They are Ambassador of Egypt Mr. Ahmed Ali; High Commissioner of Kenya Ms. Joash Maangi; ' +
      'Ambassador of Japan Mr. Sasayama Takuya; and Ambassador of Turkey Mr. Mehmet Poroy.';
    expect(people(text)).toEqual([
      'Ahmed Ali',
      'Joash Maangi',
      'Mehmet Poroy',
      'Sasayama Takuya',
      'Yoweri Museveni',
    ]);
  });
});

describe('the person a caption names and the story calls by title', () => {
  it('joins "the Chinese President" of the story to the caption\'s Xi Jinping', () => {
    const text =
      'PRETORIA - President Cyril Ramaphosa on Tuesday welcomed the Chinese President on a state visit to South Africa.\n\n' +
      'President Ramaphosa with Chinese President Xi Jinping at the Union Buildings. (Photo: GCIS)';
    expect(people(text, '2024-06-12')).toEqual(['Cyril Ramaphosa', 'Xi Jinping']);
  });

  it('takes nobody whose title does not hold the words the story uses', () => {
    const text =
      'PRETORIA - President Cyril Ramaphosa on Tuesday welcomed the Chinese President on a state visit.\n\n' +
      'Photo caption: Minister Naledi Pandor at the Union Buildings.';
    expect(people(text, '2024-06-12')).toEqual(['Cyril Ramaphosa']);
  });
});

describe('a list of envoys under a plural title', () => {
  it('keeps "Ambassadors" and "High Commissioners" out of the first name of the list', () => {
    const text =
      'President Maria Okello received the credentials of five envoys at State House on Wednesday. ' +
      'Others were Ambassadors Khalid Omar A. Rashidi (Oman), Lars Vik (Norway) and Anna Berg (Sweden).';
    expect(people(text, '2021-09-02')).toEqual([
      'Anna Berg',
      'Khalid Omar A. Rashidi',
      'Lars Vik',
      'Maria Okello',
    ]);
    expect(
      people(
        'Prime Minister Tomas Varga met High Commissioners Ravi Menon (India) and Grace Tembo (Zambia) on Monday.',
        '2021-09-02',
      ),
    ).toEqual(['Grace Tembo', 'Ravi Menon', 'Tomas Varga']);
  });
});

describe('initials opening a name', () => {
  it('reads "Dr A. K. Abdul Karim" and "Mr S.M. Rahman" whole, initials and all', () => {
    const text =
      'Foreign Minister Ama Mensah held meetings with her counterparts, namely Dr A. K. Abdul Karim of Bangladesh and Mr S.M. Rahman of Malaysia.';
    expect(people(text, '2023-09-24')).toEqual(['A. K. Abdul Karim', 'Ama Mensah', 'S.M. Rahman']);
  });
});

describe('the rest of a list', () => {
  it('takes "The rest are X of Y; Z of W" right after the meeting as more of its people', () => {
    const text =
      'Foreign Minister Ama Mensah met her counterparts Pedro Alves of Angola and Lina Haddad of Jordan in New York on Friday. ' +
      'The rest are Mr Tevita Fifita of Tonga; Mr Omar Sayed of Maldives; and Madam Keisha Brown of Jamaica.';
    expect(people(text, '2023-09-24')).toEqual([
      'Ama Mensah',
      'Keisha Brown',
      'Lina Haddad',
      'Omar Sayed',
      'Pedro Alves',
      'Tevita Fifita',
    ]);
  });
});

describe('a meeting told before its people, with a line of source between', () => {
  it('takes the two people of the sentence after "The ministry reports today."', () => {
    const text =
      'The foreign ministers of Ghana and Turkey discussed regional security by telephone. The Foreign Ministry of Ghana reports today.\n\n' +
      'Ghanaian Foreign Minister Ama Mensah congratulated Kemal Aydin on his appointment.';
    expect(people(text, '2020-10-15')).toEqual(['Ama Mensah', 'Kemal Aydin']);
  });

  it('lets no sentence that names someone stand between', () => {
    const text =
      'The foreign ministers of Ghana and Turkey discussed regional security by telephone. Analyst Peter Holm described the conversation as overdue.\n\n' +
      'Ghanaian Foreign Minister Ama Mensah congratulated Kemal Aydin on his appointment.';
    expect(people(text, '2020-10-15')).toEqual([]);
  });
});

describe('a roll of names with their countries in brackets', () => {
  it('takes the roll after the meeting sentence, whatever its verb, and a name of it the rules doubt', () => {
    const text =
      'President Maria Okello on Wednesday received credentials from four envoys recently posted to Uganda.\n\n' +
      'High Commissioners Ravi Menon (India), Grace Tembo (Zambia), Lars Vik (Norway) and Gunnar Ostvold Brekke (Iceland) presented their diplomatic papers to the Head of State.';
    expect(people(text, '2021-09-02')).toEqual([
      'Grace Tembo',
      'Gunnar Ostvold Brekke',
      'Lars Vik',
      'Maria Okello',
      'Ravi Menon',
    ]);
  });

  it('reads senators with their parties in brackets the same way', () => {
    const text =
      'Foreign Minister Ama Mensah met a US Congress delegation in Accra on Monday. ' +
      'Senators John Pruitt (R-Texas) and Mary Delaney (D-Va.) discussed trade and security with her.';
    expect(people(text, '2021-11-12')).toEqual(['Ama Mensah', 'John Pruitt', 'Mary Delaney']);
  });

  it('takes no roll from a sentence that does not follow the meeting', () => {
    const text =
      'President Maria Okello received the new Ambassador of Norway, Lars Vik, on Wednesday.\n\n' +
      'Uganda and Norway opened relations in 1962.\n\n' +
      'Ravi Menon (India) and Grace Tembo (Zambia) are expected next month.';
    expect(people(text, '2021-09-02')).toEqual(['Lars Vik', 'Maria Okello']);
  });
});

describe('"held discussions" with words between', () => {
  it('reads "held bilateral discussions on issues of mutual interest with X" as talks with X', () => {
    const text =
      'Accra, Oct 26, GNA – Foreign Minister Ama Mensah on Wednesday held bilateral discussions on issues of mutual interest with her Turkish counterpart Mr Kemal Aydin in Accra.';
    const { meetings } = extractReport(text, { published: '2022-10-26', gazetteer: BUILT_IN_GAZETTEER });
    expect(meetings.map((m) => [m.kind, m.date, m.participants.map((p) => p.name)])).toEqual([
      ['talks', '2022-10-26', ['Ama Mensah', 'Kemal Aydin']],
    ]);
    expect(
      people(
        'Prime Minister Tomas Varga had wide-ranging discussions on trade with President Ana Lopes on Monday.',
      ),
    ).toEqual(['Ana Lopes', 'Tomas Varga']);
  });
});

describe('"talked with" a named person', () => {
  it('reads "the president talked with Ambassador of X Y, …" as a meeting with each of them', () => {
    const text =
      'President Maria Okello received the credentials of three new ambassadors on Monday. ' +
      'The president talked with Ambassador of Indonesia Budi Santoso and Ambassador of Egypt Omar Farouk about tourism.';
    expect(people(text, '2018-09-19')).toEqual(['Budi Santoso', 'Maria Okello', 'Omar Farouk']);
  });

  it('files nobody for talking to reporters', () => {
    expect(
      people('Foreign Minister Ama Mensah talked to reporters in Accra on Monday.', '2018-09-19'),
    ).toEqual([]);
  });
});

describe('initials of two Latin letters', () => {
  it('reads "Kh.Battulga" and "Ts.Oyun" as names, written as the report writes them', () => {
    const text =
      'ULAANBAATAR, March 3 (Montsame): President Kh.Batbold received Foreign Minister Ts.Oyun of Kyrgyzstan. ' +
      'Kh.Batbold thanked the minister for the visit.';
    expect(people(text, '2019-03-03')).toEqual(['Kh.Batbold', 'Ts.Oyun']);
  });
});

describe('Malay titles of honour', () => {
  it('reads "Datuk Seri Dr X" and "Tan Sri Y" as X and Y, and keeps "Tony Tan" and "Sri Mulyani" whole', () => {
    const text =
      'PUTRAJAYA, Jan 16: Foreign Minister Datuk Seri Dr Razak Abdul Kadir met his Singaporean counterpart Dr Lim Wee Kiat on Monday. ' +
      'Prime Minister Tan Sri Ahmad Kamal also received Minister Tony Tan and Minister Sri Mulyani Indrawati.';
    expect(people(text, '2023-01-17')).toEqual([
      'Ahmad Kamal',
      'Lim Wee Kiat',
      'Razak Abdul Kadir',
      'Sri Mulyani Indrawati',
      'Tony Tan',
    ]);
  });
});

describe('those who lead or accompany a side, with words between', () => {
  it('takes "The US delegation in India is led by Senator X" and "is accompanied at the ministry by Y"', () => {
    const text =
      'Foreign Minister Ravi Menon on Friday met a US Congress delegation in New Delhi.\n\n' +
      'The US delegation in India is led by Senator John Pruitt.';
    expect(people(text, '2021-11-12')).toEqual(['John Pruitt', 'Ravi Menon']);
    const visit =
      'Prime Minister Ana Lopes met NATO Secretary General Lars Vik in Lisbon on Monday.\n\n' +
      'The NATO head is accompanied at the Government headquarters by Deputy Secretary General Peter Holm.';
    expect(people(visit, '2022-11-28')).toEqual(['Ana Lopes', 'Lars Vik', 'Peter Holm']);
  });
});

describe('a handle in a quoted post', () => {
  it('files no "JohnPruitt" from "@JohnPruitt" beside the John Pruitt the story names', () => {
    const text =
      'Foreign Minister Ravi Menon on Friday met a US Congress delegation in New Delhi. The delegation is led by Senator John Pruitt.\n\n' +
      '"Pleased to meet the US Congress delegation led by Sen @JohnPruitt today," Menon tweeted.';
    expect(people(text, '2021-11-12')).toEqual(['John Pruitt', 'Ravi Menon']);
  });
});

describe('initials and a surname after a title set off by commas', () => {
  it('reads "India\'s state minister for foreign affairs, V. Raghavan, also met X" as a meeting of both', () => {
    const text =
      'Foreign Minister Ama Mensah arrived in Colombo on Saturday. ' +
      "India's state minister for foreign affairs, V. Raghavan, also met Ama Mensah.";
    expect(people(text, '2023-02-05')).toEqual(['Ama Mensah', 'V. Raghavan']);
  });
});

describe('a name in quotation marks', () => {
  it('files no person for the event "Independence Parade" a visitor attended', () => {
    const text =
      'Foreign Minister Ama Mensah attended “Independence Parade” in Colombo on Saturday and met her counterpart Ali Sabry.';
    expect(people(text, '2023-02-05')).toEqual(['Ali Sabry', 'Ama Mensah']);
  });
});

describe('credentials handed over', () => {
  it('reads "submitted their credentials to" as a meeting and "Letters of Credence" as no one', () => {
    expect(
      people(
        'Incoming ambassador Kyle McCarter among other envoys on Tuesday submitted their credentials to President Uhuru Kenyatta at State House.',
        '2019-03-13',
      ),
    ).toEqual(['Kyle McCarter', 'Uhuru Kenyatta']);
    expect(
      people(
        'President Uhuru Kenyatta today received Letters of Credence from the new US ambassador Kyle McCarter.',
        '2019-03-13',
      ),
    ).toEqual(['Kyle McCarter', 'Uhuru Kenyatta']);
  });

  it('takes no word opening a longer phrase after "met" for a surname', () => {
    expect(
      people('He also met External Affairs Minister (EAM) S Jaishankar on Friday.', '2019-11-29'),
    ).toEqual(['S Jaishankar']);
  });
});

describe('Korean surnames that are English words, and "the Polish leader"', () => {
  it('reads "Park Jin" and "Ban Ki-moon" whole', () => {
    expect(
      people(
        'PHNOM PENH, Aug. 4 (Jiji Press)--Japanese Foreign Minister Yoshimasa Hayashi and his South Korean counterpart, Park Jin, agreed Thursday to accelerate talks.',
        '2022-08-04',
      ),
    ).toEqual(['Park Jin', 'Yoshimasa Hayashi']);
    expect(people('UN Secretary-General Ban Ki-moon met President Moon Jae-in in Seoul.')).toEqual([
      'Ban Ki-moon',
      'Moon Jae-in',
    ]);
  });

  it('takes "the Polish leader" for the participant whose title says Polish', () => {
    const text =
      'VILNIUS - Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Tuesday. ' +
      'On Wednesday, the Polish leader will meet Lithuanian Prime Minister Ingrida Szimonyte.';
    const { meetings } = extractReport(text, { published: '2021-10-19', gazetteer: BUILT_IN_GAZETTEER });
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Andrzej Duda', 'Gitanas Nauseda'],
      ['Andrzej Duda', 'Ingrida Szimonyte'],
    ]);
  });
});

describe("states' names, photographers and royal titles are no people", () => {
  it('reads "Trinidad and Tobago" and "Việt Nam" as states', () => {
    expect(
      people(
        'The President has had bilateral talks with Prime Minister of Trinidad and Tobago, Dr. Keith Rowley, on Sunday.',
        '2022-07-04',
      ),
    ).toEqual(['Keith Rowley']);
  });

  it('drops the photographer of a caption credit and the "Queen Consort"', () => {
    const text =
      'The Chinese guest is in Việt Nam for an official visit. — VNA/VNS Photo Dương Giang HÀ NỘI — Việt Nam attaches ' +
      'importance to ties with China, Prime Minister Phạm Minh Chính told Chinese State Councillor Wang Yi at their meeting in Hà Nội on September 11.';
    expect(people(text, '2021-09-11')).toEqual(['Phạm Minh Chính', 'Wang Yi']);
    expect(
      people(
        'President Ramaphosa will meet King Charles III and the Queen Consort on Tuesday.',
        '2022-11-21',
      ),
    ).toEqual(['Charles III', 'Ramaphosa']);
  });
});
