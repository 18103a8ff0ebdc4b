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
});
