import { describe, expect, it } from 'vitest';
import { applyPatch } from './patch.js';

describe('applying a change', () => {
  it('keeps what the change leaves out and takes what it sets, null included', () => {
    const before = { start_date: '1992', end_date: '1997' as string | null, note: 'x' as string | null };
    expect(applyPatch(before, { end_date: null, note: undefined })).toEqual({
      start_date: '1992',
      end_date: null,
      note: 'x',
    });
  });
});
