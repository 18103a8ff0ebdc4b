import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';

const read = (text: string, published: string) =>
  extractReport(text, { published }).meetings.map((m) => ({
    date: m.date,
    end: m.end_date,
    status: m.status,
    people: m.participants.map((p) => p.name),
  }));

describe('French, Spanish and German reports read with the Latin-script rules', () => {
  it('finds a French minister after a lower-case title and an honorific, and dates "mercredi" from the dateline', () => {
    const text =
      'Rabat, 14 mars 2024 (MAP) - Le ministre des Affaires étrangères, M. Nasser Bourita, a reçu mercredi à Rabat le ministre tunisien des Affaires étrangères, Nabil Ammar. Les deux ministres ont passé en revue les relations bilatérales.';
    const [main] = read(text, '2024-03-14');
    expect(main?.date).toBe('2024-03-13');
    expect(main?.people).toEqual(['Nasser Bourita', 'Nabil Ammar']);
  });

  it('keeps Spanish institutions out of the people and reads an honorific', () => {
    const text =
      'Madrid, 5 feb (EFE).- El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, se reunió este lunes en Madrid con su homólogo jordano, Ayman Safadi. El Sr. Safadi agradeció el apoyo de España.';
    const [main] = read(text, '2024-02-05');
    expect(main?.date).toBe('2024-02-05');
    expect(main?.people).toEqual(['José Manuel Albares', 'Ayman Safadi']);
  });

  it('reads an announced Spanish trip with a day range', () => {
    const text =
      'Washington, 16 de julio de 2019.- El secretario de Estado Michael R. Pompeo visitará Buenos Aires del 19 al 21 de julio para reunirse con el presidente Mauricio Macri.';
    const [main] = read(text, '2019-07-16');
    expect(main).toMatchObject({ date: '2019-07-19', end: '2019-07-21', status: 'planned' });
    expect(main?.people).toContain('Michael R. Pompeo');
  });

  it('keeps a first name that is also a city, and reads a Spanish trip "para reunirse con"', () => {
    const text =
      'El ministro de Relaciones Exteriores, Santiago Cafiero, se reunió el pasado miércoles 23 con la canciller de Alemania, Annalena Baerbock, en Buenos Aires. El próximo jueves, Cafiero viajará a Brasilia para reunirse con el presidente Luiz Inácio Lula da Silva.';
    const [main, trip] = read(text, '2023-08-26');
    expect(main).toMatchObject({ date: '2023-08-23', status: 'held' });
    expect(main?.people).toEqual(['Santiago Cafiero', 'Annalena Baerbock']);
    expect(trip).toMatchObject({ date: '2023-08-31', status: 'planned' });
    expect(trip?.people).toEqual(['Santiago Cafiero', 'Luiz Inácio Lula da Silva']);
  });

  it('reads German compound titles, "von der" surnames, an ordinal day and an invitation', () => {
    const text =
      'Die Kommissionspräsidentin Ursula von der Leyen und Bundeskanzlerin Angela Merkel gaben heute eine gemeinsame Pressekonferenz in Berlin. Am Vormittag hatte von der Leyen Ratspräsident Michel zu einem Treffen am 8. Juli eingeladen.';
    const [main, next] = read(text, '2020-07-02');
    expect(main).toMatchObject({ date: '2020-07-02', status: 'held' });
    expect(main?.people).toEqual(['Ursula von der Leyen', 'Angela Merkel']);
    expect(next).toMatchObject({ date: '2020-07-08', status: 'planned' });
    expect(next?.people).toEqual(['Ursula von der Leyen', 'Michel']);
  });

  it('finds a name after a rank abbreviation and in a list after a title that holds commas', () => {
    const text =
      'NEW DELHI (July 25, 2013) -- Army Chief of Staff Gen. Ray Odierno traveled to New Delhi this week, where he met with his Indian counterpart, Gen. Bikram Singh.';
    expect(read(text, '2013-07-25')[0]?.people).toEqual(['Ray Odierno', 'Bikram Singh']);
    const french =
      "La sous-secrétaire d'État Wendy R. Sherman a rencontré aujourd'hui le ministre d'État britannique pour le Moyen-Orient, l'Afrique du Nord et l'Amérique du Nord James Cleverly à Bruxelles.";
    expect(read(french, '2022-01-12')[0]?.people).toEqual(['Wendy R. Sherman', 'James Cleverly']);
  });

  it('reads the Spanish perfect of a meeting today and a future reception with its day', () => {
    const today =
      'Madrid, martes 26 de septiembre de 2017\n\nEl presidente del Gobierno, Mariano Rajoy, se ha reunido hoy en la Casa Blanca con el presidente de los Estados Unidos, Donald Trump.';
    expect(read(today, '2017-09-26')[0]).toMatchObject({
      date: '2017-09-26',
      status: 'held',
      people: ['Mariano Rajoy', 'Donald Trump'],
    });
    const announced =
      'El presidente Joe Biden recibirá el próximo jueves, 20 de abril, en la Casa Blanca al presidente de Colombia, Gustavo Petro, anunció el viernes la Casa Blanca.';
    expect(read(announced, '2023-04-14')[0]).toMatchObject({
      date: '2023-04-20',
      status: 'planned',
      people: ['Joe Biden', 'Gustavo Petro'],
    });
  });

  it('reads a French title holding an elided article, and a Russian name after "разговор"', () => {
    const french =
      "Le ministre de l'Europe et des Affaires étrangères, Jean-Yves Le Drian, a reçu vendredi son homologue américain Antony Blinken au Quai d'Orsay.";
    expect(read(french, '2021-06-25')[0]?.people).toEqual(['Jean-Yves Le Drian', 'Antony Blinken']);
    const russian =
      'Состоялся телефонный разговор Владимира Путина с Президентом Франции Эммануэлем Макроном.';
    expect(read(russian, '2023-11-09')[0]?.people).toEqual(['Владимир Путин', 'Эммануэль Макрон']);
  });

  it('reads "la llamada del lunes … con su homólogo" as a call and leaves out who spoke of it', () => {
    // 16 December 2025 is a Tuesday: "del lunes" is the 15th.
    const got = extractReport(
      'La presidenta Ana Torres Vidal mencionó que la llamada del lunes del secretario de Seguridad, Luis Ortega Ruiz, con su homólogo chileno, Pablo Reyes, es parte de la relación de los dos países.',
      { published: '2025-12-16' },
    ).meetings;
    expect(got.map((m) => [m.kind, m.date, m.participants.map((p) => p.name)])).toEqual([
      ['phone_call', '2025-12-15', ['Luis Ortega Ruiz', 'Pablo Reyes']],
    ]);
  });

  it('takes a country name for a first name after a title ("Mauricio" is Mauritius in Spanish)', () => {
    expect(
      read(
        'El ministro de Relaciones Exteriores, Mauricio Pereira, se reunió con la vicepresidenta Francia Gómez.',
        '2024-06-12',
      )[0]?.people,
    ).toEqual(['Mauricio Pereira', 'Francia Gómez']);
    // A title closed by its adjective, whose accent the country's own name lacks ("Israël").
    expect(
      read('Le ministre israélien Israel Katz a rencontré Anna Keller.', '2024-06-12')[0]?.people,
    ).toEqual(['Israel Katz', 'Anna Keller']);
    // "de" makes it the country: the president of France is named by his surname alone.
    expect(
      read(
        'El presidente de Francia Emmanuel Dupont se reunió con el canciller Mauricio Pereira.',
        '2024-06-12',
      )[0]?.people,
    ).toEqual(['Emmanuel Dupont', 'Mauricio Pereira']);
  });

  it('keeps a capitalized particle after a title as the surname\'s first word ("le ministre Le Drian")', () => {
    expect(
      read('Le ministre Le Drian a rencontré lundi son homologue Nasser Bourita.', '2024-06-12'),
    ).toMatchObject([{ date: '2024-06-10', people: ['Le Drian', 'Nasser Bourita'] }]);
    expect(
      read('El canciller De la Fuente se reunió con el presidente Emmanuel Macron.', '2024-06-12')[0]?.people,
    ).toEqual(['De la Fuente', 'Emmanuel Macron']);
    // Without a title the particle stays an article: a newspaper meets nobody.
    expect(read('Le Monde a rencontré des lecteurs.', '2024-06-12')).toEqual([]);
  });

  it('reads a double first name and a particle inside a name written in full ("Jean-Yves Le Drian")', () => {
    expect(read('Jean-Yves Le Drian a rencontré Nasser Bourita.', '2024-06-12')[0]?.people).toEqual([
      'Jean-Yves Le Drian',
      'Nasser Bourita',
    ]);
  });
});

describe('Turkish reports read with the Latin-script rules', () => {
  it('drops the case ending after the apostrophe and keeps Turkish titles and days out of names', () => {
    const text =
      "TBMM Başkanı Numan Kurtulmuş, 10 Haziran Pazartesi günü Azerbaycan Milli Meclis Başkanı Sahibe Gafarova'yı kabul etti.";
    expect(read(text, '2024-06-12')).toMatchObject([
      { date: '2024-06-10', people: ['Numan Kurtulmuş', 'Sahibe Gafarova'] },
    ]);
    expect(
      read(
        'Milli Savunma Bakanı Yaşar Güler, NATO Savunma Bakanları Toplantısı marjında Yunan mevkidaşı Nikos Dendias ile görüştü.',
        '2024-06-12',
      )[0]?.people,
    ).toEqual(['Yaşar Güler', 'Nikos Dendias']);
    // An apostrophe inside a name is no case ending.
    expect(
      read("Le Premier ministre a reçu M. Jean D'Ormesson et Mme Anne O'Neill.", '2024-06-12')[0]?.people,
    ).toEqual(["Jean D'Ormesson", "Anne O'Neill"]);
  });
});

describe('squares, regions and institutions in Spanish and French are no people', () => {
  it('drops "Plaza de Bolívar" and "Oriente Medio"', () => {
    const people = (text: string) => read(text, '2026-01-07').flatMap((m) => m.people);
    expect(
      people(
        'El presidente Gustavo Petro habló por teléfono con Donald Trump desde la Plaza de Bolívar, este miércoles.',
      ),
    ).toEqual(['Gustavo Petro', 'Donald Trump']);
    expect(
      people(
        'El ministro Albares se reunió con su homólogo turco, Mevlüt Çavuşoğlu, para hablar de Oriente Medio.',
      ),
    ).toEqual(['Albares', 'Mevlüt Çavuşoğlu']);
  });
});

describe('French and Spanish shapes of a seventh set', () => {
  it('reads "a aussi rencontré", "a échangé … avec" and the demonym before a name', () => {
    const text = [
      'Addis-Abeba, 11 février 2019 - Le président Félix Tshisekedi a eu des entretiens avec le Sud-Africain Cyril Ramaphosa, vice-président de l’UA.',
      'Les deux devraient faire partie de la délégation programmée avant l’arrêt sur la présidentielle du 30 décembre 2018.',
      'Le président congolais a échangé une fois de plus avec Uhuru Kenyatta, son homologue kenyan.',
    ].join('\n');
    const meetings = read(text, '2019-02-11');
    expect(meetings[0]).toMatchObject({
      date: '2019-02-11',
      people: ['Félix Tshisekedi', 'Cyril Ramaphosa'],
    });
    expect(meetings.flatMap((m) => m.people)).toContain('Uhuru Kenyatta');
    expect(meetings.map((m) => m.date)).not.toContain('2018-12-30');
  });

  it('takes who "asisten" or "lo acompañan" into the meeting, and no portfolio for a name', () => {
    const text = [
      'Bogotá, 5 sep (CNE).- Los cancilleres Carolina Barco y Heinz Moeller se reúnen hoy en el Palacio de San Carlos.',
      'Al canciller ecuatoriano lo acompañan los ministros de Gobierno, Rodolfo Barniold y de Defensa, Hugo Unda.',
      'Por el Gobierno colombiano asisten, además, la ministra de Defensa, Martha Lucía Ramírez y los titulares de las carteras de Comercio Exterior y Agricultura.',
    ].join('\n');
    expect(read(text, '2002-09-05')[0]?.people).toEqual([
      'Carolina Barco',
      'Heinz Moeller',
      'Rodolfo Barniold',
      'Hugo Unda',
      'Martha Lucía Ramírez',
    ]);
  });
});

describe('a day a few days ahead, told without a future verb', () => {
  it("is this year's, not last year's", () => {
    const text =
      'Lima, 19 mar. El ministro de Defensa, Pedro Cateriano, visita oficial a México del 23 al 25 de marzo con su homólogo Salvador Cienfuegos.';
    expect(read(text, '2015-03-19')[0]?.date).toBe('2015-03-23');
  });

  it('files no people for storms named after people', () => {
    const text =
      'El secretario Michael Pompeo se reunirá con el gobernador Ricardo Rosselló tras los huracanes Irma y María.';
    expect(read(text, '2019-07-16').flatMap((m) => m.people)).not.toContain('Irma y María');
  });
});

describe('the day of words said, after the day', () => {
  it('does not date a meeting by "quien este jueves dijo"', () => {
    const text =
      'QUITO.- El secretario general de la OEA, José Miguel Insulza, llegó hoy a Quito y pasó a reunirse con el Presidente de Ecuador, Rafael Correa, quien este jueves dijo que espera una solución.';
    expect(read(text, '2008-04-18')[0]?.date).toBe('2008-04-18');
  });
});
