import { describe, expect, it } from 'vitest';
import { extractReport } from './extract.js';
import { compileGazetteer, lookupPerson } from './gazetteer.js';

const names = (text: string, published: string) =>
  extractReport(text, { published }).meetings.map((m) => ({
    date: m.date,
    kind: m.kind,
    people: m.participants.map((p) => p.name),
  }));

describe('Arabic reports', () => {
  it('finds people after their titles, with prefixes, country adjectives and initials', () => {
    const text =
      'عمان 12 آذار (بترا) - استقبل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، اليوم الثلاثاء، وزير الخارجية الإسباني خوسيه مانويل ألباريس. وبحث الوزيران العلاقات الثنائية.';
    expect(names(text, '2024-03-12')).toEqual([
      { date: '2024-03-12', kind: 'visit', people: ['أيمن الصفدي', 'خوسيه مانويل ألباريس'] },
    ]);
  });

  it('reads a call, takes a bare surname for the full name and leaves the spokesman out', () => {
    const text =
      'قال المتحدث باسم وزارة الخارجية جون سميث إن وزير الخارجية جيمس ج. كارتر تحدث أمس مع رئيسة المفوضية الأوروبية أورسولا فون دير لاين. وناقش الوزير كارتر والرئيسة فون دير لاين الوضع في المنطقة.';
    const got = names(text, '2024-05-08');
    expect(got[0]?.kind).toBe('phone_call');
    expect(got[0]?.date).toBe('2024-05-07');
    expect(got).toHaveLength(1);
    expect(got[0]?.people).toEqual(['جيمس ج. كارتر', 'أورسولا فون دير لاين']);
  });

  it('links an Arabic name to a registry person written in Latin letters', () => {
    const g = compileGazetteer({
      people: [{ id: 'ayman-safadi', names: ['Ayman Safadi'] }],
      places: [],
      organizations: [],
    });
    expect(lookupPerson(g, 'أيمن الصفدي')?.id).toBe('ayman-safadi');
    expect(lookupPerson(g, 'الصفدي')?.id).toBe('ayman-safadi');
    expect(lookupPerson(g, 'أيمن عودة')).toBeNull();
  });
});
