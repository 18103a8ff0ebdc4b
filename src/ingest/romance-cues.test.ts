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
