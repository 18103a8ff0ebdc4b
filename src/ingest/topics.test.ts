import { describe, expect, it } from 'vitest';
import { areasOf } from './areas.js';
import { topicsOf } from './topics.js';

describe('topics and areas of a meeting', () => {
  it('files what was discussed under short phrases, without "issues related to" or the source', () => {
    expect(
      topicsOf(
        [
          'In the course of the talks, the sides considered issues related to relations between Tajikistan and the North Atlantic Treaty Organization (NATO) and interaction between them within the framework of the NATO Partnership for Peace Program.',
          'Zarifi and Appathurai also discussed developments in Central Asia, border security and the process of establishment of peace and stability in Afghanistan, the source said.',
        ],
        'en',
      ),
    ).toEqual([
      'relations between Tajikistan and NATO',
      'Partnership for Peace',
      'developments in Central Asia',
      'border security',
      'peace and stability in Afghanistan',
    ]);
  });

  it('reads passive and Russian wording', () => {
    expect(topicsOf(['At the meeting, issues of regional security were discussed.'], 'en')).toEqual([
      'regional security',
    ]);
    expect(
      topicsOf(
        [
          'Стороны обсудили вопросы двустороннего сотрудничества, региональной безопасности и ситуацию в Афганистане.',
        ],
        'ru',
      ),
    ).toEqual(['двустороннего сотрудничества', 'региональной безопасности', 'ситуацию в Афганистане']);
  });

  it('infers area-of-cooperation codes from the topics', () => {
    expect(areasOf(['border security', 'civil emergency planning', 'the fight against terrorism'])).toEqual([
      'BSC',
      'CEP',
      'CT',
    ]);
    expect(areasOf(['безопасность границ', 'борьба с терроризмом'])).toEqual(['BSC', 'CT']);
    expect(areasOf(['trade'])).toEqual([]);
  });
});
