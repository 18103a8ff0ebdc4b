import { COUNTRIES } from './countries.js';

/**
 * Words that are capitalized in news copy without being anyone's name: function words opening a
 * sentence, institutions, regions, months, outlets, countries. A run of capitalized words is trimmed
 * of them before it is judged a name. English first, then Russian (lower case; stems where it inflects).
 */
const list = (words: string) => words.trim().split(/\s+/);

const FUNCTION_WORDS = list(`
  the a an in on at during after before yesterday today tomorrow also meanwhile later earlier then with by
  and but when while according as for from to of this that these those he she it they we i his her their
  its our both all some following under within among since between there here however moreover
  furthermore further besides thus therefore per photo read more see other another each every last next
  new such upon via amid despite regarding concerning through over about against speaking addressing
  welcoming noting`);

const INSTITUTION_WORDS = list(`
  council ministry committee agency assembly mission partnership cooperation co-operation security defence
  defense forces office embassy delegation parliament republic state union organization organisation treaty
  alliance programme program plan forum summit conference centre center university academy college school
  institute headquarters affairs liaison department service staff army navy air force guard border troops
  command commission fund bank group initiative action individual peace euro-atlantic atlantic north south
  east west central eastern western southern northern middle asia europe caucasus balkans black sea caspian
  pacific arctic baltic nordic mediterranean gulf day week year news press information public diplomacy
  policy politics political relations development economic trade energy transport justice health education
  culture situations intelligence narcotics drug control customs chamber senate congress majlis majlisi oli
  business commerce industry residence auberge castle memorial organisations organizations institutions
  front region city technical multi-sectoral jalan euro-arctic organización organizacion estados americanos
  representatives division directorate bureau secretariat science environment emergency crisis management
  operations support resolute strategic concept declaration statement framework document charter road map
  federation kingdom emirates islamic democratic people federal national international joint allied world
  global regional european american asian african government cabinet administration presidential palace
  parliamentary ministerial diplomatic military armed house hall building session meeting talks visit
  agreement memorandum protocol minister ministers foreign secretary general deputy special representative
  ambassador president prime chairman head chief officer envoy spokesman spokesperson mfa nato eu un osce
  csto sco cis eapc pfp ipap ipcp itpp parp isaf kfor sfor tass ria interfax xinhua reuters afp kazinform
  akipress trend asia-plus khovar kabar uzreport dunyo apa azertac armenpress interpressnews times post
  herald tribune taliban hamas hezbollah hizbollah houthi houthis ansarullah daesh isis isil al-qaeda
  al-shabaab boko haram letters letter credence credentials community`);

/** Words of an institution's name: inside a run of capitalized words they end the person's name. */
export const INSTITUTIONS = new Set(INSTITUTION_WORDS);

const MONTHS_AND_DAYS = list(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`);

export const HONORIFICS = new Set(
  list(
    'mr mrs ms dr lord sir dame madam excellency gen lt col maj adm capt cmdr sgt brig amb sen gov г-н г-жа господин госпожа доктор д-р m. mme mlle sr sra srta dña herr frau bay bayan пан пані licenciado licenciada lic sayyid sayyida ' +
      'mm mmes pr excmo excma hon honourable honorable ' +
      // Cambodia's "Samdech Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo".
      'samdech techo akka moha sena padei',
  ),
);

/*
 * French, Spanish, German and Turkish reports are read with the English rules: the words they
 * capitalize without being names (function words opening a sentence, institutions, titles, the
 * seats of government) are added to the English lists.
 */
const LATIN_NON_NAME = list(`
  le la les un une des du au aux ce cette ces dans lors selon après avant pendant depuis sur sous avec
  pour par et ou mais il elle ils elles nous vous son sa ses leur leurs cet
  el los las una unos unas del al en con por para según tras durante desde ante sobre entre este esta
  estos estas ese esa y o pero su sus nuestro nuestra
  der die das den dem des ein eine einem einen einer im am vom zum zur bei mit nach vor auf für und oder
  aber auch zu zum zur beim heute gestern
  bu ve ile için da de
  affaires étrangères etrangeres extérieures exterieures européennes européenne coopération cooperation
  république republique gouvernement ministère ministere ministre président présidente présidence
  secrétaire secretaire général générale ambassadeur ambassade conseil sécurité securite défense defense
  nations unies union européenne assemblée parlement sénat états unis royaume élysée elysee matignon
  quai palais hôtel hotel chef premier première altesse majesté excellence monsieur madame
  asuntos exteriores relaciones unión europea cooperación república gobierno ministerio ministro ministra
  presidente presidenta presidencia secretario secretaria embajada embajador embajadora consejo seguridad
  defensa naciones unidas asamblea parlamento senado congreso estados unidos reino cancillería canciller
  electo electa palacio casa rosada moncloa jefe jefa departamento estado oficina portavoz señor señora
  auswärtiges auswärtigen amt bundesregierung bundeskanzlerin bundeskanzler bundesminister bundesministerin
  bundespräsident kanzleramt regierung ministerium vereinten nationen europäische europäischen kommission
  rat sicherheitsrat präsident präsidentin staatssekretär auftakt mitgliedern mitglieder
  dışişleri bakanı bakanlığı cumhurbaşkanı başbakan türkiye
  teşkilatı teşkilat konseyi konsey işbirliği olağanüstü cumhurbaşkanlığı iletişim başkanlığı birliği
  örgütü komisyonu komitesi heyeti heyet güney kuzey doğu batı islam
  bakanları başkanı başbakanı toplantısı toplantı meclis meclisi milli zirvesi zirve günü pazartesi salı
  çarşamba perşembe cumartesi ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
  agencia agence agentur pentagon kremlin downing whitehall
  nord sud ouest norte sur oeste süd ost
  política politique común commune foro diálogo dialogue concepto estratégico stratégique alianza misión
  fuerzas armadas armées semana semaine alto nivel niveau cumbre sommet asamblea general
  fuerza aérea aéreo comisión mixta mixte permanente ordinaria ordinario extraordinaria ordinaire
  inspección frontera fronteriza frontière comercio exterior extérieur agricultura economía économie
  hacienda finanzas justicia intérieur salud santé educación éducation cultura turismo tourisme
  energía énergie trabajo travail transporte transports comité reunión sesión bilateral conjunta
  conjointe ejército armée policía internacional internationale
  plaza avenida calle municipalidad alcaldía alcaldia poder judicial legislativo ejecutivo oriente medio
  próximo proximo comunidad andina presidencial héroe heroe nacional place rue boulevard moyen orient
  proche communauté communaute nationale national présidentiel présidentielle mairie`);

/**
 * Capitalized English words that are never a name: the rank words of an envoy's title ("Ambassador
 * Extraordinary and Plenipotentiary") and the verbs of a headline in title case ("New NATO Envoy
 * Visits Georgia", "Minister Meets Counterpart"), "Counterpart" itself and the "Venue:" of a programme.
 */
const EN_TITLE_CASE = list(`
  extraordinary plenipotentiary visits meets holds hosts receives welcomes calls arrives
  discusses confers counterpart counterparts venue`);

export const EN_NON_NAME = new Set([
  ...EN_TITLE_CASE,
  ...LATIN_NON_NAME,
  ...FUNCTION_WORDS,
  ...INSTITUTION_WORDS,
  ...MONTHS_AND_DAYS,
  ...HONORIFICS,
  'h.e',
]);
// "le Sud-Africain X": a demonym the lists write in two words ("Sud Africain") is written hyphenated too.
for (const c of COUNTRIES)
  for (const w of [...c.names, ...c.adjectives]) {
    EN_NON_NAME.add(w.toLowerCase());
    EN_NON_NAME.add(w.toLowerCase().replaceAll(' ', '-'));
  }

/**
 * The portfolios of ministries ("Minister of Petroleum", "Minister for Home Affairs"): capitalized after
 * "Minister of" without being anyone's name. Only read in that place (see portfolioAt), since some are
 * names elsewhere: "Samantha Power", "Urban Ahlin".
 */
export const PORTFOLIO_WORDS = new Set(
  list(`
  external home interior internal commerce industry industries industrial petroleum oil gas mines mining
  minerals mineral power electricity water resources natural agriculture agricultural food fisheries
  livestock forestry forests irrigation labour labor employment higher education railways roads highways
  aviation civil ports shipping maritime youth sports sport religious endowments hajj umrah climate change
  finance financial treasury budget revenue economy planning investment investments tourism heritage arts
  information broadcasting communications communication media digital technology technologies innovation
  research telecommunications infrastructure works housing urban rural local lands land environment
  wildlife women children family families social welfare veterans immigration citizenship diaspora
  overseas expatriates nationals cooperatives textiles privatisation privatization production law legal
  constitutional human rights gender equality disability minorities tribal commonwealth relations
  affair`),
);

export const RU_NON_NAME = new Set(
  list(`
  в во на по с со к о об у от для при за из как также это этот эта этом мир мира миру думы дума стороны
  сторона глава министр министра президент премьер посол генсек генеральный специальный спецпредставитель
  заместитель председатель совет министерство мид нато ес оон обсе одкб шос снг республика республики
  республике партнерство партнерства программа программы организация организации альянс альянса
  центральной центральная азии азия кавказа кавказ южного европы европа евроатлантического москва кремль
  тасс риа новости интерфакс казинформ азия-плюс ховар кабар кроме однако напомним ранее сегодня вчера
  завтра
  америка америки америке америку америкой
  далее позднее затем потом впоследствии сначала вначале теперь сейчас тогда отдельно помимо вместе
  у під після до як це цей ця цього також сторони сторін зокрема водночас проте однак нагадаємо раніше
  сьогодні вчора крім тим часом окрім міністр президент посол голова мзс оон єс нато обсє уряд уряду
  україна україни україні києві києва київ наступного минулого цього того рада ради раді радою
  далі згодом потім пізніше спочатку тепер зараз тоді окремо`),
);
for (const c of COUNTRIES) for (const w of c.names) RU_NON_NAME.add(w.toLowerCase());

export const RU_NON_NAME_STEM =
  /^(сейм|кабинет|ассамбле|ближн|фейсбук|нещодавн|недавн|київськ|киевск|маслахат|исполком|виконком|экспо|центр|выставк|виставк|кнессет|кнесет|бундестаг|бундесрат|конгресс|конгрес|хурал|курултай|мажилис|жогорку|риксдаг|стортинг|скупщин|минобороны|минфин|минюст|минэконом|минтранс|минздрав|минкульт|минобр|минэнерго|минсельхоз|минтруд|минцифр|минпромторг|мінобор|мінфін|мінюст|мінеконом|генштаб|переговор|перемовин|встреч|зустріч|визит|візит|бесед|розмов|разговор|консультаци|консультаці|федеративн|демократическ|демократичн|народн|исламск|ісламськ|королевств|королівств|государств|султанат|эмират|емірат|княжеств|князівств|арабск|арабськ|социалистическ|соціалістичн|соединенн|сполучен|об'єднан|многонациональн|багатонаціональн|боливарианск|кооперативн|міністерств|верховн|державн|національн|міжнародн|безпек|збройн|європ|північн|південн|східн|західн|центральн|республік|адміністраці|відомств|служб|союз|договор|соглашени|устав|закон|центральн|ази|кавказ|южн|северн|восточн|западн|европ|евроатлант|республик|комитет|совет|министерств|партнерств|программ|организаци|альянс|генеральн|федераци|содружеств|союз|управлени|служб|ведомств|администраци|аппарат|парламент|меджлис|маджлис|сенат|госдум|наук|безопасност|чрезвычайн|пограничн|вооруженн|государствен|национальн|международн|совместн|коллективн|шанхайск|евразийск|объединенн)/;

/** Lower-case words inside a name: "Jaap de Hoop Scheffer", "Abdullah bin Zayed". */
export const PARTICLES = new Set(
  list(
    // Arabic and North African name links as French and Spanish write them ("Fayçal ben Farhane",
    // "Mohamed ould Ghazouani"), then their Cyrillic spellings ("Тамим бен Хамад Аль Тани").
    'de van der von bin ibn al el da dos du la le ter ten di del ben bint ould ' +
      'бен бин ибн бинт аль эль ал ас ад де да ди дос ван фон дер ла ле бін ібн',
  ),
);

/** Links that are also first names when capitalized ("Ben Wallace", "Бен Уоллес"): particles only in lower case. */
const LOWER_CASE_ONLY = new Set(
  list('ben bint ould бен бин ибн бинт аль эль ал ас ад де да ди дос ван фон дер ла ле бін ібн'),
);

export function isParticle(t: { text: string; lower: string }): boolean {
  return PARTICLES.has(t.lower) && !(LOWER_CASE_ONLY.has(t.lower) && t.text !== t.lower);
}

/** Endings of Russian surnames, which make two capitalized words a name without a title before them. */
export const RU_SURNAME =
  /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ський|цький|енко|ян|янц|дзе|швили|ули|ук|юк|ич|ов[аы]?м|ев[аы]?м)$/;
