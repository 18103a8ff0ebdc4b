import { describe, expect, it } from 'vitest';
import { inConflict, valuesAgree } from './claims.js';

describe('claims in conflict', () => {
  it('sees a year and a day inside it as agreeing', () => {
    expect(valuesAgree('1992', '1992-03-10')).toBe(true);
    expect(inConflict(['1992', '1992-03-10', '1992-03'])).toBe(false);
  });

  it('sees dates whose days cannot meet as disagreeing (NATO 1992, Tajik MFA 1994)', () => {
    expect(inConflict(['1992-03-10', '1994'])).toBe(true);
    expect(inConflict(['2004-09-15', '2004-08'])).toBe(true);
  });

  it('compares other values as text', () => {
    expect(valuesAgree('Dushanbe ', 'dushanbe')).toBe(true);
    expect(inConflict(['Dushanbe', 'Tashkent'])).toBe(true);
  });
});
