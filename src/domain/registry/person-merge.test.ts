import { describe, expect, it } from 'vitest';
import { mergedNames, singleHolderClash } from './person-merge.js';

describe('merging a duplicate person', () => {
  it('keeps the names of the person kept and adds the missing spellings as variants', () => {
    const names = mergedNames(
      [{ name: 'Hamrokhon Zarifi', lang: 'en', kind: 'official' }],
      [
        { name: 'HAMROKHON  Zarifi', lang: 'en', kind: 'official' },
        { name: 'Хамрохон Зарифи', lang: 'ru', kind: 'official' },
        { name: 'Hamrokhon Zarifov', lang: 'en', kind: 'former', start_date: '1990' },
        { name: 'Khamrokhon Zarifi', lang: 'en', kind: 'transliteration' },
      ],
    );
    expect(names).toEqual([
      { name: 'Hamrokhon Zarifi', lang: 'en', kind: 'official' },
      { name: 'Хамрохон Зарифи', lang: 'ru', kind: 'alternate' },
      { name: 'Hamrokhon Zarifov', lang: 'en', kind: 'former', start_date: '1990' },
      { name: 'Khamrokhon Zarifi', lang: 'en', kind: 'transliteration' },
    ]);
  });

  it('finds two holdings of one single-holder post, of one kind, certainly at the same time', () => {
    const h = (id: string, post: string, start: string, end: string | null, acting = 0) => ({
      id,
      post_id: post,
      acting,
      start_date: start,
      end_date: end,
    });
    const single = new Set(['minister']);
    expect(
      singleHolderClash(
        [h('a', 'minister', '2006-01-01', '2012-11-30')],
        [h('b', 'minister', '2010-05-01', null)],
        single,
      ),
    ).toEqual([h('a', 'minister', '2006-01-01', '2012-11-30'), h('b', 'minister', '2010-05-01', null)]);
    // A handover within one year is not certainly an overlap; acting beside substantive is allowed.
    expect(
      singleHolderClash([h('a', 'minister', '2006', '2010')], [h('b', 'minister', '2010', null)], single),
    ).toBeUndefined();
    expect(
      singleHolderClash([h('a', 'minister', '2006', '2012')], [h('b', 'minister', '2010', null, 1)], single),
    ).toBeUndefined();
    // Several holders may share a post that is not single-holder.
    expect(
      singleHolderClash([h('a', 'adviser', '2006', '2012')], [h('b', 'adviser', '2010', null)], single),
    ).toBeUndefined();
  });
});
