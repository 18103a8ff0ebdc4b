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

  it('dates "مساء الاثنين الماضي" (last Monday evening) to that Monday', () => {
    // 2024-06-12 is a Wednesday.
    const text = 'التقى الرئيس سامي حداد، مساء الاثنين الماضي، المبعوث الكندي جان لوران.';
    expect(names(text, '2024-06-12')).toMatchObject([
      { date: '2024-06-10', people: ['سامي حداد', 'جان لوران'] },
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

describe('Arabic names of the Gulf and the Levant, in wire copy written for these tests', () => {
  const names = (text: string) =>
    extractReport(text, { published: '2024-03-14' }).meetings.map((m) => m.participants.map((p) => p.name));

  it('keeps a lineage of five words or more, its links not counted, and never ends it on a link', () => {
    expect(
      names(
        'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في جدة الرئيس الفرنسي إيمانويل ماكرون.',
      ),
    ).toEqual([['سلمان بن عبدالعزيز آل سعود', 'إيمانويل ماكرون']]);
  });

  it('reads "سعود" after a prince as a name, not as the adjective of Saudi Arabia', () => {
    expect(
      names(
        'استقبل صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية بقصر سموه بالرياض الشيخ صباح الخالد الحمد الصباح.',
      )[0],
    ).toEqual(['سعود الفيصل', 'صباح الخالد الحمد الصباح']);
  });

  it('completes a title without its article ("وزير خارجية تركيا", "ولي عهد أبوظبي") before the name', () => {
    expect(
      names('أجرى سمو الشيخ عبدالله بن زايد آل نهيان اتصالا هاتفيا مع وزير خارجية تركيا هاكان فيدان.'),
    ).toEqual([['عبدالله بن زايد آل نهيان', 'هاكان فيدان']]);
    expect(
      names('استقبل ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان وزير خارجية الولايات المتحدة مايك بومبيو.'),
    ).toEqual([['محمد بن زايد آل نهيان', 'مايك بومبيو']]);
  });

  it('takes nothing after the comma of a title in apposition, nor the officials at the airport', () => {
    expect(
      names(
        'التقى الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي، مجالات التعاون القائمة مع وزير الخارجية الأمريكي أنتوني بلينكن.',
      ),
    ).toEqual([['عبدالله بن زايد آل نهيان', 'أنتوني بلينكن']]);
    expect(
      names(
        'استقبل وزير الخارجية سامح شكري نظيره السوري فيصل المقداد.\nوكان في استقبال الوزير السوري لدى وصوله إلى مطار القاهرة السفير أحمد عبد الله.',
      ),
    ).toEqual([['سامح شكري', 'فيصل المقداد']]);
  });

  it('keeps a name that only looks like a prefix and the article ("والتر بالمر")', () => {
    const got = extractReport(
      'من المقرر أن يصل وزير الدفاع الكندي والتر بالمر يوم الاثنين إلى العراق في زيارة رسمية.',
      { published: '2024-03-11' },
    ).meetings;
    expect(got.map((m) => [m.kind, m.status, m.participants.map((p) => p.name)])).toEqual([
      ['visit', 'planned', ['والتر بالمر']],
    ]);
  });

  it('reads two counterparts, the second after "، و" and its country ("نظيريه … ، والتونسي …")', () => {
    expect(
      names(
        'التقى وزير الخارجية المصري حسن نور اليوم نظيريه الأردني خالد سعيد، والتونسي محمد علي فرج، كل على حدة.',
      ),
    ).toEqual([['حسن نور', 'خالد سعيد', 'محمد علي فرج']]);
  });

  it('reads "تحادث" as talks, and a counterpart after a comma that follows no name', () => {
    expect(
      names(
        'تحادث رئيس الجمهورية، كريم سالم، بمقر رئاسة الجمهورية، مع نظيره الإيطالي، ماركو روسي، الذي يقوم بزيارة رسمية.',
      ),
    ).toEqual([['كريم سالم', 'ماركو روسي']]);
    expect(
      names('استقبل رئيس الجمهورية، كريم سالم، بمقر رئاسة الجمهورية، نظيره الإيطالي، ماركو روسي.'),
    ).toEqual([['كريم سالم', 'ماركو روسي']]);
  });

  it('takes a surname after a title when the report writes it so twice ("الرئيس بايدن"), not once', () => {
    const twice =
      'تحدث الرئيس بايدن اليوم مع رئيس السلطة الفلسطينية محمود عباس. وأطلع الرئيس بايدن الرئيس عباس على المشاركة الدبلوماسية.';
    expect(names(twice)).toEqual([['بايدن', 'محمود عباس']]);
    const once = 'تحدث الرئيس بايدن اليوم مع رئيس السلطة الفلسطينية محمود عباس. وناقش الرئيسان الوضع.';
    expect(names(once)).toEqual([['محمود عباس']]);
  });

  it('keeps "في" and its state in a title, and a first name spelt like a country', () => {
    expect(
      names(
        'تحدث وزير الخارجية جون كارتر اليوم مع مدير مكتب الشؤون الخارجية في جمهورية الصين الشعبية وانغ مينغ لبحث العلاقات.',
      ),
    ).toEqual([['جون كارتر', 'وانغ مينغ']]);
    // "دومينيك" is also how "دومينيكا" (Dominica) begins.
    expect(names('التقى وزير الخارجية دومينيك هارت اليوم نظيره الكندي جان لوران.')).toEqual([
      ['دومينيك هارت', 'جان لوران'],
    ]);
  });

  it('reads "رئيس وزراء <state>" as a title, also when the state begins with a prefix-like letter', () => {
    // "باكستان", "فرنسا": their first letter is also the preposition "ب" or the conjunction "ف".
    expect(names('استقبل ولي العهد الأمير سالم بن ناصر رئيس وزراء باكستان كريم شاه.')).toEqual([
      ['سالم بن ناصر', 'كريم شاه'],
    ]);
    expect(names('التقى الرئيس سامي حداد رئيسة وزراء فرنسا كلير مارتان.')).toEqual([
      ['سامي حداد', 'كلير مارتان'],
    ]);
    // Two states in a row: the second is the guest's first name ("Giorgia", spelt like Georgia).
    expect(names('استقبل الرئيس سامي حداد رئيس وزراء إيطاليا جورجيا بيانكي.')).toEqual([
      ['سامي حداد', 'جورجيا بيانكي'],
    ]);
    // A name that merely begins like a state ("بيرو", Peru) is still a name.
    expect(names('التقى الرئيس شمعون بيريز وزير الخارجية الكندي جان لوران.')).toEqual([
      ['شمعون بيريز', 'جان لوران'],
    ]);
  });

  it('reads "عقد اجتماعاً مع" as a meeting and keeps "اجتماعاً" out of the name', () => {
    expect(names('عقد وزير الدفاع الكندي جان لوران اجتماعاً مع نظيره الأردني سامي حداد أمس.')).toEqual([
      ['جان لوران', 'سامي حداد'],
    ]);
  });

  it('ends a name at the hall where it was held ("بديوان عام الوزارة", "بدار الضيافة")', () => {
    expect(names('استقبل وزير الخارجية سامي حداد بدار الضيافة نظيره الكندي جان لوران.')).toEqual([
      ['سامي حداد', 'جان لوران'],
    ]);
    expect(names('استقبل وزير الخارجية سامي حداد بديوان عام الوزارة اليوم نظيره الكندي جان لوران.')).toEqual([
      ['سامي حداد', 'جان لوران'],
    ]);
  });
});

describe('"لدى وصوله": the reception on arrival, and the greeters at the airport', () => {
  it('keeps the reception "استقبل … لدى وصوله دمشق" and drops the airport greeters', () => {
    expect(
      names(
        'استقبل الرئيس السوري بشار الأسد، الثلاثاء، وزير الخارجية السعودي فيصل بن فرحان لدى وصوله دمشق.',
        '2023-04-18',
      ),
    ).toEqual([{ date: '2023-04-18', kind: 'visit', people: ['بشار الأسد', 'فيصل بن فرحان'] }]);
    expect(
      names(
        'وكان في استقبال الوزير لدى وصوله إلى مطار الملكة علياء الدولي السفير محمد الكايد.',
        '2023-04-18',
      ),
    ).toEqual([]);
  });
});

describe('Arabic shapes of a seventh set', () => {
  it('reads "إستقبل" as "استقبل", and a plural of ambassadors as nobody', () => {
    const text = 'إستقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الخميس، سفراء عدد من الدول.';
    expect(names(text, '2022-11-03')).toEqual([
      { date: '2022-11-03', kind: 'visit', people: ['محمد شياع السوداني'] },
    ]);
  });

  it("keeps the King's title and a royal highness out of the names", () => {
    const text =
      'استقبل الرئيس قيس سعيد، اليوم، مبعوث خادم الحرمين الشريفين صاحب السمو الأمير فيصل بن فرحان وزير الخارجية.';
    expect(names(text, '2020-07-29')[0]?.people).toEqual(['قيس سعيد', 'فيصل بن فرحان']);
  });
});

describe('Arabic shapes of an eighth set', () => {
  it('reads names in quotes, and "زيارته" and "بلقاء" as the visit and its meeting', () => {
    expect(
      names(
        'أجرى أمير قطر الشيخ "تميم بن حمد آل ثاني"، اتصالا هاتفيا، الأحد، بولي العهد السعودي الأمير "محمد بن سلمان".',
        '2021-03-01',
      ),
    ).toEqual([{ date: '2021-02-28', kind: 'phone_call', people: ['تميم بن حمد آل ثاني', 'محمد بن سلمان'] }]);
    const visit = names(
      'يبدأ السلطان هيثم بن طارق، اليوم الأحد، زيارته الأولى إلى مصر، يستهلها بلقاء الرئيس عبد الفتاح السيسي.\nويرافق السلطان خلال زيارته وفد رسمي يضم كلا من خالد بن هلال البوسعيدي وزير ديوان البلاط.',
      '2023-05-21',
    );
    expect(visit.flatMap((m) => m.people)).toEqual(['هيثم بن طارق', 'عبد الفتاح السيسي']);
  });

  it('reads credentials presented as a meeting', () => {
    const text =
      'قدم صباح اليوم سفراء المملكة المتحدة وفرنسا أوراق اعتمادهم لرئيس المجلس الرئاسي فايز السراج في طرابلس.';
    expect(names(text, '2016-11-26')[0]).toMatchObject({ date: '2016-11-26', people: ['فايز السراج'] });
  });
});
