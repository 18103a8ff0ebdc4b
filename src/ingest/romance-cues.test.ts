import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';

// Sentences written for these tests in the style of French- and Spanish-language wires.
const read = (text: string, published: string) =>
  extractReport(text, { published }).meetings.map((m) => ({
    kind: m.kind,
    status: m.status,
    date: m.date,
    people: m.participants.map((p) => p.name),
  }));

describe('meeting words of French and Spanish wires', () => {
  it('reads "Santiago" opening a name after a title as a first name, not the city', () => {
    const [m] = read(
      'El canciller Santiago Cafiero recibió este martes al secretario de Estado estadounidense, Antony Blinken.',
      '2024-06-14',
    );
    expect(m).toMatchObject({ date: '2024-06-11', people: ['Santiago Cafiero', 'Antony Blinken'] });
  });

  it('reads "une entrevue téléphonique" as a call', () => {
    const [m] = read(
      'Le président de la République, Abdelmadjid Tebboune, et le président français, Emmanuel Macron, ont eu une entrevue téléphonique ce vendredi.',
      '2023-03-24',
    );
    expect(m).toMatchObject({ kind: 'phone_call', date: '2023-03-24' });
    expect(m?.people).toEqual(['Abdelmadjid Tebboune', 'Emmanuel Macron']);
  });

  it('reads "ha hablado con" and "dialogaron telefónicamente" as calls', () => {
    expect(
      read(
        'El ministro de Asuntos Exteriores, José Manuel Albares, ha hablado este viernes con el secretario de Estado, Marco Rubio.',
        '2026-01-09',
      )[0],
    ).toMatchObject({ kind: 'phone_call', people: ['José Manuel Albares', 'Marco Rubio'] });
    expect(
      read(
        'El canciller Bruno Rodríguez y el secretario de Estado John Kerry dialogaron telefónicamente este 4 de marzo.',
        '2016-03-04',
      )[0],
    ).toMatchObject({ kind: 'phone_call', date: '2016-03-04', people: ['Bruno Rodríguez', 'John Kerry'] });
  });

  it('reads a present "se reúnen", a French "déplacement" and a Spanish passive reception', () => {
    expect(
      read(
        'Los ministros de Defensa, Boris Pistorius y Margarita Robles, se reúnen en Berlín este jueves.',
        '2025-08-28',
      )[0]?.people,
    ).toEqual(['Boris Pistorius', 'Margarita Robles']);
    expect(
      read(
        "Le chef de l'Etat, Bassirou Diomaye Faye, s'est réjoui de son déplacement en Gambie et de l'accueil que lui a réservé le Président Adama Barrow.",
        '2024-04-20',
      )[0],
    ).toMatchObject({ kind: 'visit', people: ['Bassirou Diomaye Faye', 'Adama Barrow'] });
    const [visit] = extractReport(
      'La ministra de Defensa, Margarita Robles, fue recibida ayer en Roma por su homólogo italiano, Guido Crosetto.',
      { published: '2023-03-31' },
    ).meetings;
    expect(visit?.date).toBe('2023-03-30');
    expect(visit?.participants.map((p) => [p.name, p.side])).toEqual([
      ['Margarita Robles', 'visitor'],
      ['Guido Crosetto', 'host'],
    ]);
  });

  it('keeps a first name the lexicon knows as a noun right after a title', () => {
    expect(
      read(
        'El secretario de Estado de Estados Unidos, Rex Tillerson, recibe hoy al canciller cubano, Bruno Rodríguez.',
        '2017-09-26',
      )[0]?.people,
    ).toEqual(['Rex Tillerson', 'Bruno Rodríguez']);
  });
});

describe('who takes part, in French and Spanish sentences', () => {
  it('reads through "MM." and "EE.UU." without ending the sentence', () => {
    expect(
      read(
        "Le ministre, M. Ismail Ould Cheikh Ahmed, s'est entretenu mardi avec les ambassadeurs, leurs Excellences MM. Robert Mollié et Michael Dodman.",
        '2019-11-05',
      )[0]?.people,
    ).toEqual(['Ismail Ould Cheikh Ahmed', 'Robert Mollié', 'Michael Dodman']);
    expect(
      read(
        'El canciller cubano Bruno Rodríguez y el secretario de Estado de EE.UU. John Kerry dialogaron telefónicamente.',
        '2016-03-04',
      )[0]?.people,
    ).toEqual(['Bruno Rodríguez', 'John Kerry']);
  });

  it('leaves out the sender of a message, the one it is addressed to, and someone a clause only mentions', () => {
    expect(
      read(
        "Le ministre des Affaires étrangères, Nasser Bourita, a reçu lundi à Rabat son homologue comorien, Dhoihir Dhoulkamal, porteur d'un message du président Azali Assoumani adressé au Roi Mohammed VI.",
        '2025-06-24',
      )[0]?.people,
    ).toEqual(['Nasser Bourita', 'Dhoihir Dhoulkamal']);
    expect(
      read(
        'El ministro José Manuel Albares se reunió con la canciller mexicana, Alicia Bárcena, en medio de la polémica por la exclusión del rey Felipe VI de la toma de posesión de la presidenta electa, Claudia Sheinbaum.',
        '2024-09-24',
      )[0]?.people,
    ).toEqual(['José Manuel Albares', 'Alicia Bárcena']);
  });

  it('reads "el ministro" of a later sentence as the minister named before', () => {
    const [, planned] = read(
      'El ministro de Exteriores, José Manuel Albares, se reunió este martes con Alicia Bárcena. Durante su estancia en Nueva York para la Semana de Alto Nivel, el ministro tiene previsto reunirse también con el jefe de la diplomacia venezolana, Yvan Gil.',
      '2024-09-24',
    );
    expect(planned?.people).toEqual(['José Manuel Albares', 'Yvan Gil']);
  });
});

describe('"M." before a French name', () => {
  it('is "Monsieur", dropped from the name', () => {
    expect(
      read(
        'S.E. M. Abdoulaye Diop, ministre des Affaires étrangères du Mali, a rencontré mardi à Bamako son homologue russe Sergueï Lavrov.',
        '2024-03-14',
      )[0]?.people,
    ).toEqual(['Abdoulaye Diop', 'Sergueï Lavrov']);
  });

  it('reads "vía telefónica", "llamado telefónico", "a téléphoné à" and "telefoniert" as calls', () => {
    const kinds = [
      'La secretaria de Relaciones Exteriores, Alicia Bárcena, conversó vía telefónica con su homólogo de Guatemala, Carlos Ramiro Martínez.',
      'El canciller Carlos Ramiro Martínez sostuvo un llamado telefónico con la canciller Diana Mondino.',
      'Le président Emmanuel Macron a téléphoné à son homologue Volodymyr Zelensky.',
      'Außenministerin Annalena Baerbock hat am Montag mit ihrem Amtskollegen Dmytro Kuleba telefoniert.',
    ].map((text) => read(text, '2024-06-12').map((m) => [m.kind, m.people.length]));
    expect(kinds).toEqual([
      [['phone_call', 2]],
      [['phone_call', 2]],
      [['phone_call', 2]],
      [['phone_call', 2]],
    ]);
  });

  it('keeps a building named by its noun ("la Casa Grande del Pueblo") out of the people', () => {
    expect(
      read(
        'El presidente Luis Arce recibió en la Casa Grande del Pueblo al canciller Mauro Vieira.',
        '2024-06-12',
      )[0]?.people,
    ).toEqual(['Luis Arce', 'Mauro Vieira']);
  });

  it('reads "a échangé avec", "une séance de travail avec" and "conversó el pasado viernes con" as meetings', () => {
    // 2024-06-12 is a Wednesday: "jeudi dernier" is the 6th, "el pasado viernes" the 7th.
    expect(
      read(
        'Le Vice-Président Tiémoko Meyliet Koné a échangé avec une délégation conduite par le sénateur Chris Coons.',
        '2024-06-12',
      ),
    ).toMatchObject([{ kind: 'meeting', people: ['Tiémoko Meyliet Koné', 'Chris Coons'] }]);
    expect(
      read(
        'Le Premier ministre tunisien, Ahmed Hachani, a eu, jeudi dernier, une séance de travail avec le directeur régional de la Banque mondiale, Ahmadou Moustapha Ndiaye.',
        '2024-06-12',
      ),
    ).toMatchObject([
      { kind: 'meeting', date: '2024-06-06', people: ['Ahmed Hachani', 'Ahmadou Moustapha Ndiaye'] },
    ]);
    expect(
      read(
        'El jefe de la diplomacia española, José Manuel Albares, conversó el pasado viernes con el ministro saudí de Asuntos Exteriores, el príncipe Faisal bin Farhan.',
        '2024-06-12',
      ),
    ).toMatchObject([
      { kind: 'meeting', date: '2024-06-07', people: ['José Manuel Albares', 'Faisal bin Farhan'] },
    ]);
  });
});
