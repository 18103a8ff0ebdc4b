import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameName } from '../bench/press-names.js';
import { findReports, scoreFiles, totalsOf } from '../bench/press-score.js';

describe('the press scorer', () => {
  it('matches one person across case, accents, scripts, honorifics and name order', () => {
    expect(sameName('Sergei Lavrov', 'Сергей Лавров')).toBe(true);
    expect(sameName('LAVROV', 'Sergey Lavrov')).toBe(true);
    expect(sameName('Lavrov Sergei', 'Sergei Lavrov')).toBe(true);
    expect(sameName('Khamrokhon Zarifi', 'Hamrokhon Zarifi')).toBe(true);
    expect(sameName('M. Jean-Noël Barrot', 'Jean-Noel Barrot')).toBe(true);
    expect(sameName('Sr. José Manuel Albares', 'José Manuel Albares')).toBe(true);
    expect(sameName('أيمن الصفدي', 'Ayman Safadi')).toBe(true);
    expect(sameName('السيد أيمن الصفدي', 'Ayman al-Safadi')).toBe(true);
    expect(sameName('Сергій Кислиця', 'Serhiy Kyslytsya')).toBe(true);
  });

  it('takes a Russian name in any case for the same person ("met with" puts it in the instrumental)', () => {
    expect(sameName('Сергеем Лавровым', 'Сергей Лавров')).toBe(true);
    expect(sameName('Андреем Сибигой', 'Андрей Сибига')).toBe(true);
    expect(sameName('Владимиром Зеленским', 'Владимир Зеленский')).toBe(true);
    expect(sameName('Дональда Трампа', 'Дональд Трамп')).toBe(true);
    expect(sameName('Эдвардом Налбандяном', 'Эдвард Налбандян')).toBe(true);
    expect(sameName('Сергеем Лавровым', 'Сергей Шойгу')).toBe(false);
    // Initials written against the surname, as Russian and Mongolian copy often does.
    expect(sameName('С.В.Лаврова', 'С. В. Лавров')).toBe(true);
    expect(sameName('M.Enkhbold', 'Enkhbold')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(sameName('Ivan Lavrov', 'Sergei Lavrov')).toBe(false);
    expect(sameName('Mark Rutte', 'Jens Stoltenberg')).toBe(false);
    expect(sameName('أيمن الصفدي', 'Ayman Odeh')).toBe(false);
    expect(sameName('Сергей Шойгу', 'Sergei Lavrov')).toBe(false);
  });

  it('counts matches, misses and extras per report and the main date over dated reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-score-'));
    const report = (name: string, text: string, expected: object) => {
      writeFileSync(join(dir, `${name}.txt`), text);
      writeFileSync(join(dir, `${name}.expected.json`), JSON.stringify(expected));
    };
    report(
      'one',
      'BRUSSELS, 12 May 2024 – NATO Secretary General Jens Stoltenberg met Foreign Minister Ararat Mirzoyan of Armenia on Sunday (12 May 2024).',
      {
        meetings: [
          {
            date: '2024-05-12',
            participants: [
              { name: 'Jens Stoltenberg' },
              { name: 'Ararat Mirzoyan' },
              { name: 'Nikol Pashinyan' },
            ],
          },
        ],
      },
    );
    report('two', 'No meeting here at all, only weather.', { meetings: [{ date: null, participants: [] }] });
    const scores = scoreFiles(findReports(dir));
    expect(scores.map((s) => s.file.endsWith('one.txt') || s.file.endsWith('two.txt'))).toEqual([true, true]);
    const t = totalsOf(scores);
    expect(t).toMatchObject({
      reports: 2,
      expected: 3,
      predicted: 2,
      truePositives: 2,
      dated: 1,
      datesRight: 1,
    });
    expect(t.precision).toBe(1);
    expect(t.recall).toBeCloseTo(2 / 3, 5);
    expect(t.f1).toBeCloseTo(0.8, 5);
  });
});
