import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';

// Sentences written for these tests in the style of German wire copy.
const read = (text: string) =>
  extractReport(text, { published: '2024-03-14' }).meetings.map((m) => ({
    kind: m.kind,
    people: m.participants.map((p) => p.name),
  }));

describe('German reports: declined titles and split verbs', () => {
  it('reads a reception with a long object before "empfangen" and a declined title', () => {
    expect(
      read(
        'Bundeskanzler Olaf Scholz hat am Dienstag den französischen Präsidenten Emmanuel Macron in Berlin empfangen.',
      ),
    ).toEqual([{ kind: 'visit', people: ['Olaf Scholz', 'Emmanuel Macron'] }]);
  });

  it('reads "traf sich … mit" and a colleague who is a prince', () => {
    expect(
      read(
        'Außenministerin Annalena Baerbock traf sich in Riad mit ihrem saudischen Amtskollegen Prinz Faisal bin Farhan.',
      ),
    ).toEqual([{ kind: 'meeting', people: ['Annalena Baerbock', 'Faisal bin Farhan'] }]);
  });

  it('reads "traf" with an official as its object, and not "traf eine Entscheidung"', () => {
    expect(
      read(
        'Der Bundesaußenminister Heiko Maas traf am Dienstag in Berlin seinen russischen Amtskollegen Sergej Lawrow.',
      ),
    ).toEqual([{ kind: 'meeting', people: ['Heiko Maas', 'Sergej Lawrow'] }]);
    expect(read('Außenminister Heiko Maas traf am Dienstag eine Entscheidung über die Lage.')).toEqual([]);
  });

  it('finds the one called after a declined "Präsidenten"', () => {
    expect(
      read(
        'Bundespräsident Frank-Walter Steinmeier telefonierte am Montag mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.',
      )[0]?.people,
    ).toEqual(['Frank-Walter Steinmeier', 'Wolodymyr Selenskyj']);
  });

  it('reads "zusammengetroffen" and "kam … zusammen" as meetings', () => {
    expect(
      read(
        'Verteidigungsminister Boris Pistorius ist am Montag mit seinem polnischen Amtskollegen Władysław Kosiniak-Kamysz in Warschau zusammengetroffen.',
      ),
    ).toEqual([{ kind: 'meeting', people: ['Boris Pistorius', 'Władysław Kosiniak-Kamysz'] }]);
    expect(
      read(
        'Kanzler Olaf Scholz kam am Montag in Berlin mit dem polnischen Ministerpräsidenten Donald Tusk zusammen.',
      ),
    ).toEqual([{ kind: 'meeting', people: ['Olaf Scholz', 'Donald Tusk'] }]);
  });

  it('keeps a state in the genitive ("Präsidenten Kenias") out of the names', () => {
    expect(
      read('Bundespräsident Frank-Walter Steinmeier empfing den Präsidenten Kenias, William Ruto.')[0]
        ?.people,
    ).toEqual(['Frank-Walter Steinmeier', 'William Ruto']);
    expect(
      read('Bundeskanzler Olaf Scholz traf sich mit dem Ministerpräsidenten Polens Donald Tusk.')[0]?.people,
    ).toEqual(['Olaf Scholz', 'Donald Tusk']);
  });

  it('reads a title with "für" and a lower-case adjective before the name\'s comma', () => {
    expect(
      read(
        'Die Bundesministerin für wirtschaftliche Zusammenarbeit, Svenja Schulze, ist heute mit dem Präsidenten John Mahama zusammengekommen.',
      ),
    ).toEqual([{ kind: 'meeting', people: ['Svenja Schulze', 'John Mahama'] }]);
  });
});

describe('German words for talks', () => {
  it('reads "Nach der Begegnung mit … am Donnerstag" as talks on that Thursday', () => {
    const meetings = extractReport(
      'Bern, 8.2.2019 - Nach der Begegnung mit dem amerikanischen Aussenminister Mike Pompeo am Donnerstag in Washington betonte Bundesrat Ignazio Cassis die guten Beziehungen.',
      { published: '2019-02-08' },
    ).meetings;
    expect(meetings[0]?.date).toBe('2019-02-07');
    expect(meetings[0]?.participants.map((p) => p.name)).toContain('Mike Pompeo');
  });
});
