import { describe, expect, it } from 'vitest';
import { containsPattern, trigramPhrase } from './search-text.js';

describe('search text', () => {
  it('escapes LIKE wildcards in the folded query', () => {
    expect(containsPattern(' 50%  Off_\\ ')).toBe('%50\\% off\\_\\\\%');
  });

  it('gives a trigram phrase only for three characters or more, quotes doubled', () => {
    expect(trigramPhrase('ab')).toBeNull();
    expect(trigramPhrase('  é ')).toBeNull();
    expect(trigramPhrase('Душ')).toBe('"душ"');
    expect(trigramPhrase('Say "hi"')).toBe('"say ""hi"""');
    expect(trigramPhrase('50%_x')).toBe('"50%_x"');
  });
});
