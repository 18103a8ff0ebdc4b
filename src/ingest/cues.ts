import type { MeetingKind } from '../schemas/dialogue/report.schema.js';
import type { Language } from './text.js';

/**
 * The words that make a sentence report a meeting, and those that make it background. Kinds follow
 * PLOVER's CONSULT modes (domain primer §3): phone, visit (hosting and visiting), meeting at a place,
 * multilateral. Compiled once; `w` bounds words for Cyrillic too, which `\b` does not.
 */
const w = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}])`, 'iu');

export interface KindCue {
  kind: MeetingKind;
  pattern: RegExp;
}

/*
 * French, Spanish, German and Turkish reports are read with the rules of their script, the English
 * ones, to which these words are added: the verbs and nouns by which each reports a meeting.
 */
const LATIN_PHONE =
  'ha(?:n)? mantenido una conversaci[óo]n telef[óo]nica|ha(?:n)? hablado por tel[ée]fono|' +
  "entretien t[ée]l[ée]phonique|conversation t[ée]l[ée]phonique|(?:s'est )?entretenus? par t[ée]l[ée]phone|visioconf[ée]rence|conversaci[óo]n telef[óo]nica|llamada telef[óo]nica|convers[óo] por tel[ée]fono|videoconferencia|telefonat|telefonierte|telefongespr[äa]ch|videokonferenz|telefon g[öo]r[üu][şs]mesi|telefonda g[öo]r[üu][şs]t[üu]" +
  // French and Spanish wires of Africa, the Maghreb and Latin America: "une entrevue téléphonique", "ha hablado con", "dialogaron telefónicamente".
  // "la llamada del lunes del secretario X con su homólogo": a call between two, without "telefónica".
  '|llamada (?:del|de ayer|de este|con|entre)(?![\\p{L}])' +
  '|entrevue t[ée]l[ée]phonique|appel t[ée]l[ée]phonique|[ée]change t[ée]l[ée]phonique|au t[ée]l[ée]phone|t[ée]l[ée]phoniquement|ha(?:n)? hablado (?:\\p{L}+ ){0,3}?con|habl[óo] (?:\\p{L}+ ){0,3}?con|habla con|hablaron|telef[óo]nicamente|por v[íi]a telef[óo]nica|di[áa]logo telef[óo]nico' +
  // "conversó vía telefónica", "un llamado telefónico", "comunicación telefónica", "videollamada",
  // "a téléphoné à", "appel vidéo", "hat mit … telefoniert", "Videoschalte".
  '|v[íi]a telef[óo]nica|llamado telef[óo]nico|comunicaci[óo]n telef[óo]nica|contacto telef[óo]nico|enlace telef[óo]nico|videollamada|' +
  'a t[ée]l[ée]phon[ée] [àa]|appel vid[ée]o|entretien en visioconf[ée]rence|telefoniert|videoschalte|videotelefonat';
const LATIN_SIDELINES = 'en marge d[ue]|al margen de|am rande d(?:er|es)|marj[ıi]nda';
const LATIN_HOST =
  'a re[çc]u|a accueilli|re[çc]oit|recevra|accueillera|recibi[óo]|recibe|ha recibido|recibir[áa]n?|empfing|empf[äa]ngt|(?:hat|wird) (?:\\p{L}+ ){0,3}empfangen|kabul etti|a[çc][ıi]rlad[ıi]' +
  // "l'accueil que lui a réservé", and a German object of up to nine words before "empfangen".
  "|l'accueil|accueille|accueilli|(?:hat|wird) (?:\\p{L}+ ){4,9}empfangen|" +
  'fue(?:ron)? recibid[oa]s?|ha(?:n)? sido recibid[oa]s?|a [ée]t[ée] re[çc]ue?|ont [ée]t[ée] re[çc]u(?:e?s)?';
const LATIN_VISIT =
  "viaj[óo] a|viajar[áa]n? a|gira por|se rendra [àa]|se rendront [àa]|s'est rendue? [àa]|se sont rendus [àa]|reist(?:e)? nach|" +
  'visite|visit[óo]|visita|visitar[áa]|besuch(?:te|t)?|ziyaret(?:i|te|etti|edecek)?|est arriv[ée]e?|arriv[ée]e?|lleg[óo]|eintraf|traf in|geldi' +
  // "son déplacement en Gambie", "su viaje a", "llegó a".
  '|d[ée]placement|s[ée]jour|en visite|viaje a|lleg[óo] a|llegada a|arrib[óo]';
const LATIN_CONFERENCE =
  'a particip[ée]|a pris part|particip[óo]|asisti[óo]|nahm (?:\\p{L}+ ){0,3}teil|teilgenommen|kat[ıi]ld[ıi]';
const LATIN_TALKS =
  "s'entretiendra|s'entretiendront|entretiens?|s'est entretenue?|se sont entretenus|pourparlers|n[ée]gociations|conversaciones|negociaciones|consultas|gespr[äa]ch(?:e|en|s)?|begegnung(?:en)?|unterredung(?:en)?|verhandlungen|konsultationen|g[öo]r[üu][şs]me(?:ler)?|m[üu]zakere(?:ler)?" +
  // "los cancilleres dialogan", "dialogó con".
  '|dialogaron|dialog[óo] con|dialogan|dialogar[áa]n?';
/*
 * Arabic reports are read with the same rules, to which their verbs and nouns are added; "و" (and)
 * or "ف" (so) may be written onto the word.
 */
const AR = (body: string) => `[وف]?(?:${body})`;
const AR_PHONE = AR(
  '[اإ]تصال\\p{L}* هاتفي\\p{L}*|مكالمة\\p{L}*|هاتفيا|عبر الهاتف|تحدث\\p{L}*[^؟]{0,100}?\\sمع|محادثة هاتفية',
);
// Hamzat al-wasl is often written as "إ" at the head of these verbs: "إستقبل", "إجتمع", "إتصال".
const AR_HOST = AR('[اإ]ستقبل\\p{L}*|يستقبل|تستقبل|[اإ]ستقبال');
// "زيارته", "زيارتها": the visit with its owner's suffix.
const AR_VISIT = AR('زيارة|زيارت\\p{L}+|زار|يزور|تزور|سيزور|وصل|يصل|توجه');
const AR_CONFERENCE = AR('شارك|يشارك|تشارك|مشاركة|ترأس');
// "تحادث", "تباحث": held talks (with), the verbs of the nouns before them.
const AR_TALKS = AR('مباحثات|محادثات|مشاورات|مفاوضات|بحث|تحادث|تباحث|يتباحث|يتحادث');
// "عقد اجتماعاً مع": the accusative "اجتماعا" (its tanween stripped with the other vowel marks).
// "بلقاء" (with a meeting), "أوراق اعتمادهم" (their credentials, presented in person).
const AR_MEETING = AR(
  '[اإ]لتقى|[اإ]لتقت|يلتقي|سيلتقي|لقاء|اللقاء|بلقاء|للقاء|أوراق اعتماد\\p{L}*|[اإ]جتمع|[اإ]جتمعت|يجتمع|[اإ]جتماع|الاجتماع|[اإ]جتماعا',
);
const LATIN_MEETING =
  // Spain's Spanish tells what happened today in the perfect: "se ha reunido", "ha mantenido un encuentro".
  'se ha(?:n)? reunido|ha(?:n)? (?:mantenido|celebrado|sostenido) (?:un|una) (?:encuentro|reuni[óo]n)|mantuvo (?:un|una) (?:encuentro|reuni[óo]n)|se entrevist[óo] con|se entrevistar[áa]n? con|' +
  'gemeinsame\\p{L}* pressekonferenz|conf[ée]rence de presse conjointe|rueda de prensa conjunta|' +
  "reunirse|se reunir[áa]n?|reuni[ée]ndose|rencontrer|s'entretenir avec|(?:a|ont|avait|avaient|aura|auront)(?: (?:aussi|également|déjà|ensuite|enfin|notamment|d'abord|encore|longuement|brièvement))* rencontr[ée]e?s?|rencontre|r[ée]union|s'est r[ée]uni|se reuni[óo]|se reunieron|reuni[óo]n|encuentro|sostuvo (?:un|una) (?:encuentro|reuni[óo]n)|traf(?:en)? (?:sich )?(?:mit)?|treffen|zusammentreffen|g[öo]r[üu][şs]t[üu]|bir araya geldi" +
  // Present tenses and plurals: "se reúnen este jueves", "multiplié les rencontres", "lors d'une entrevue avec", "reçu en audience".
  '|se re[úu]nen?|se reunir[áa]n|mantuvieron (?:un|una) (?:encuentro|reuni[óo]n)|sostuvieron (?:un|una) (?:encuentro|reuni[óo]n)|rencontres|rencontr[ée]e?s? par|entrevue|entrevues|audience|converser avec|conversaron|convers[óo] (?:[\\p{L}\\d]+ ){0,4}?con|' +
  // German: "traf sich in Riad mit", "trifft am Montag … mit".
  '(?:traf|trafen|trifft|treffen) sich|(?:traf|trafen|trifft) (?:\\p{L}+ ){0,5}mit' +
  // French wires of Africa: "a échangé avec une délégation", "a échangé une fois de plus avec X", "une
  // séance de travail avec", "un tête-à-tête".
  "|(?:a|ont|avait|avaient) (?:\\p{L}+ ){0,2}?[ée]chang[ée]s?(?: [\\p{L}'-]+){0,5}? avec|s[ée]ance de travail|s[ée]ance d'[ée]change|t[êe]te-[àa]-t[êe]te" +
  // "ist mit … zusammengetroffen", "kam am Montag mit … zusammen": met, in the perfect and the split verb.
  '|zusammengetroffen|zusammengekommen|(?:kam|kamen|kommt|kommen) (?:[\\p{L}\\d.,-]+ ){1,14}?zusammen(?![\\p{L}])' +
  // "traf am Dienstag in Berlin seinen russischen Amtskollegen": "traf" with an official as its
  // object ("traf eine Entscheidung", "traf Vorbereitungen" are no meetings).
  '|(?:traf|trafen|trifft) (?:\\p{L}+ ){0,5}?(?:seinen|seine|ihren|ihre|den|die) (?:\\p{L}+ ){0,2}?\\p{L}*(?:kolleg|präsident|minister|kanzler|sekretär|botschafter|premier|könig|emir|scheich|prinz)\\p{L}*';

/*
 * Ukrainian reports are read with the rules of their script, the Russian ones, to which these words
 * are added: Ukrainian spells the same verbs and nouns with its own letters ("зустрівся", "візит",
 * "телефонна розмова", "взяв участь").
 */
const UK_PHONE =
  'телефонн\\p{L}* розмов\\p{L}*|зателефонував\\p{L}*|телефоном|відеозв.язк\\p{L}*|відеоконференці\\p{L}*';
const UK_SIDELINES = 'у кулуарах';
/** "приехал в Одессу", "прилетела в Киев", "приїхав до Києва": came, flew in — a visit as surely as "прибыл". */
const RU_ARRIVE =
  'приехал\\p{L}*|приедет|приедут|прилетел\\p{L}*|прилетит|прилетят|приїхав\\p{L}*|приїде|приїдуть|прилетів|прилетіла|прилетіли|прилетить';
const UK_HOST = '(?:прийняв|прийняла|прийняли|прийме|приймав|приймала|приймає)(?! участь| рішення| закон)';
const UK_VISIT =
  'відвідав\\p{L}*|відвідає|відвідування|прибув\\p{L}*|прибуде|прибуває|перебуває з \\p{L}* ?візитом';
const UK_CONFERENCE =
  '(?:взяв|взяла|взяли|візьме|візьмуть|бере|брав|брала) участь|виступив\\p{L}*|головував\\p{L}*';
const UK_TALKS = 'консультаці\\p{L}*';
// "готовий знову зустрітися з Лавровим": the infinitive after a wish, a plan or a readiness.
const UK_MEETING =
  'зустріч\\p{L}*|зустрів\\p{L}*|зустріл\\p{L}*|зустрінеться|зустрінуться|зустрітися|зустрітись|бесід\\p{L}*|вручи\\p{L}* (?:копі\\p{L}* )?вірчі\\p{L}* грамот\\p{L}*';

/** An ambassador hands credentials (or their copy) to a head of state or a minister in person. */
const RU_CREDENTIALS =
  'вручи\\p{L}* (?:копи\\p{L}* )?верительн\\p{L}* грамот\\p{L}*|верительн\\p{L}* грамот\\p{L}* (?:\\p{L}+ )?вручил\\p{L}*|' +
  // "Верительные грамоты вручили послы …"; Ukrainian "вручив вірчі грамоти".
  'вручи\\p{L}* (?:\\p{L}+ )?вірчі грамоти|вірчі грамоти (?:\\p{L}+ )?вручи\\p{L}*';

// In order of precedence: a phone call is a phone call even if "talks" are mentioned.
export const KIND_CUES: Record<Language, KindCue[]> = {
  en: [
    {
      kind: 'phone_call',
      pattern: w(
        '(?:tele)?phone (?:call|conversation|talks?)|spoke (?:by|over the|on the) (?:tele)?phone|(?:tele)?phoned|dial(?:l)?ed(?= (?:the )?(?:\\p{L}+ ){0,4}?(?:president|prime|minister|king|emir|amir|sheikh|prince|chancellor|secretary|counterpart))|video (?:call|conference|link)|videoconference|by (?:tele)?phone|' +
          // Readouts: "President Obama spoke today with Prime Minister Cameron", "Call with President X".
          'call (?:with|to)(?= (?:the )?(?:\\p{Lu}|president|prime|foreign|chancellor|king|minister|secretary))|(?<!so-|be |is |was |were )called(?! (?:on|upon|for|off|in|out|it|this|that|a|an)(?![\\p{L}]))(?= (?:\\p{Lu}|the (?:president|prime|foreign|chancellor|king|minister|secretary)))|(?:held|had) an? (?:\\p{L}+ )?call|spoke (?:\\p{L}+ ){0,2}?(?:with|to)(?= (?:the )?(?:\\p{Lu}|president|prime|foreign|chancellor|king|minister|secretary|his|her))|' +
          LATIN_PHONE +
          '|' +
          AR_PHONE,
      ),
    },
    { kind: 'meeting', pattern: w(`on the (?:sidelines|margins) of|${LATIN_SIDELINES}|على هامش`) },
    // South Asian and African English: "paid a courtesy call on the Prime Minister", "would call on
    // the Speaker" (but "called on Pakistan to act" urges, and meets nobody). Any title may follow,
    // after a word of nationality or office: "called on Defence Minister X", "on Bangladesh President Y",
    // or a church's: "called on Archbishop X".
    {
      kind: 'meeting',
      pattern: w(
        '(?:paid|pays|paying|pay|made|makes|make) (?:an?|his|her|their) (?:\\p{L}+ ){0,2}call on|call(?:ed|s|ing)? on(?= (?:the )?(?:[\\p{L}-]+ ){0,2}?(?:president|prime|foreign|external|defen[cs]e|minister|chief|speaker|chairman|governor|king|crown|emir|amir|sheikh|prince|deputy|vice|secretary|chancellor|queen|princess|sultan|senator|ambassador|high commissioner|general|admiral|archbishop|cardinal|patriarch|pope|bishop|grand mufti|mr|mrs|ms|dr|his|her|h\\.e\\.)(?![\\p{L}]))(?![^.;]{0,150} to (?!discuss|review|exchange|brief|convey|present|bid)\\p{Ll})',
      ),
    },
    { kind: 'visit', pattern: w(`${LATIN_HOST}|${AR_HOST}`) },
    {
      kind: 'visit',
      pattern: w(
        '(?:received|receives|receiving|receive|hosted|hosts|host|welcomed|welcomes|welcoming|welcome|greeted|greets)(?= (?:visiting |the visiting )?(?:\\p{Lu}|a delegation|the delegation|an? \\w+ delegation|the (?:\\p{Lu}|head|minister|ambassador|deputy|special|secretary|president|chairman|commander|chief|envoy|new)))' +
          // "X has greeted his Turkish counterpart": the guest named before, by who they are to the host.
          '|(?:received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)(?= (?:his|her|their) (?:[\\p{L}-]+ ){0,2}(?:counterparts?|guests?)(?![\\p{L}]))',
      ),
    },
    {
      kind: 'visit',
      pattern: w(
        `visit(?:s|ed|ing)?|arriv(?:ed|es|ing)|(?:trip|tour|travel(?:led|ed)?) to|${LATIN_VISIT}|${AR_VISIT}`,
      ),
    },
    {
      kind: 'conference',
      pattern: w(
        `(?:took|take|takes|taking) part in|attend(?:ed|s|ing)?|participat(?:ed|es|ing) in|addressed|chaired|opened|${LATIN_CONFERENCE}|${AR_CONFERENCE}`,
      ),
    },
    {
      kind: 'talks',
      // "Prime Minister Abiy Ahmed has discussed with Nigerian president, Muhammadu Buhari"; "held
      // bilateral discussions on issues of mutual interest with her Turkish counterpart"; "talked with
      // Ambassador of Indonesia X" (a capital, case-sensitive: "talked to reporters" meets nobody).
      pattern: w(
        `talks|negotiations|consultations|discussions? with|(?:held|had|hold|holds|holding) (?:[\\p{L}-]+ ){0,2}?discussions(?![\\p{L}])|talked (?:with|to)(?= (?:the )?(?:(?-i:\\p{Lu})|ambassadors?|envoys?|president|prime|foreign|minister|(?:his|her) (?:[\\p{L}-]+ ){0,2}?counterparts?))|exchanged (?:views|opinions|ideas) with|(?:has |had |have )?discussed with(?= (?:the |his |her )?\\p{L})|${LATIN_TALKS}|${AR_TALKS}`,
      ),
    },
    {
      kind: 'meeting',
      pattern: w(
        // An ambassador's credentials are presented to the head of state in person; a lunch or dinner
        // "with" or "for" someone is a meeting at table.
        `met|meets?|meetings?|sat down with|conferred|(?:had|has|have|hosted|hosts|gave|gives|held|holds|over) (?:an? |the )?(?:[\\p{L}-]+ ){0,2}?(?:lunch|luncheon|dinner|breakfast|banquet) (?:with|for|in honou?r of)|(?:lunch|luncheon|dinner|breakfast) with|(?:presented|submitted|handed(?: over)?) (?:(?:his|her|their|the) )?(?:letters? of )?(?:credence|credentials)|(?:received|accepted) (?:the )?(?:letters? of )?(?:credence|credentials)|joint (?:press conference|news conference)|${LATIN_MEETING}|${AR_MEETING}`,
      ),
    },
  ],
  ru: [
    {
      kind: 'phone_call',
      pattern: w(
        `телефонн\\p{L}* (?:разговор|переговор|звон)\\p{L}*|по телефону|созвонил\\p{L}*|позвонил\\p{L}*|зателефонував\\p{L}*|видеосвяз\\p{L}*|видеоконференц\\p{L}*|${UK_PHONE}`,
      ),
    },
    { kind: 'meeting', pattern: w(`в кулуарах|на полях|${UK_SIDELINES}`) },
    { kind: 'visit', pattern: w(UK_HOST) },
    {
      kind: 'visit',
      pattern: w(
        '(?:принял|принимал|приняла|приняли|примет|принят|принимает)(?! (?:участие|решение|заявлени|меры|закон|резолюц|документ|программ))',
      ),
    },
    {
      kind: 'visit',
      pattern: w(
        `визит\\p{L}*|посетил\\p{L}*|посетит|побывал\\p{L}*|побував\\p{L}*|(?:находился|находилась|перебував|перебувала) (?:в|во|у) |(?:в|во|у) \\p{L}+ (?:находился|находилась|перебував|перебувала)|посещени\\p{L}*|прибыл\\p{L}*|прибудет|прибывает|находящ\\p{L}* с \\p{L}* ?визитом|візит\\p{L}*|${UK_VISIT}|${RU_ARRIVE}`,
      ),
    },
    {
      kind: 'conference',
      pattern: w(
        `(?:принял\\p{L}*|примет|принимает) участие|участвовал\\p{L}*|выступил\\p{L}*|председательствовал\\p{L}*|${UK_CONFERENCE}`,
      ),
    },
    {
      kind: 'talks',
      // "Мишель обсудит с Майей Санду …", "обговорив із Блінкеном": to discuss with someone is to meet.
      pattern: w(
        `переговор\\p{L}*|консультаци\\p{L}*|(?:обсудил\\p{L}*|обсудит|обсудят|обсуждал\\p{L}*|обговорив\\p{L}*|обговорила|обговорили|обговорить|обговорять) (?:с|со|з|із|зі)|${UK_TALKS}`,
      ),
    },
    {
      kind: 'meeting',
      pattern: w(
        `встреч\\p{L}*|встретил\\p{L}*|встретится|встретятся|встретиться|бесед\\p{L}*|${RU_CREDENTIALS}|${UK_MEETING}`,
      ),
    },
  ],
};

/** Multilateral gatherings: a conference kind only when the sentence also names one. */
export const GATHERING: Record<Language, RegExp> = {
  en: w(
    'conference|summit|forum|ministerial|session|symposium|seminar|workshop|round ?table|assembly|council meeting|meeting of (?:the )?(?:\\p{Lu}\\p{L}*|foreign|defen[cs]e|ministers)|meeting of|EAPC|مؤتمر|المؤتمر|قمة|القمة|منتدى|المنتدى|دورة|اجتماعات',
  ),
  ru: w(
    'конференци\\p{L}*|саммит\\p{L}*|форум\\p{L}*|заседани\\p{L}*|совещани\\p{L}*|сесси\\p{L}*|семинар\\p{L}*|круглого стола|круглый стол|ассамбле\\p{L}*|СЕАП|конференці\\p{L}*|саміт\\p{L}*|засідан\\p{L}*|нарад\\p{L}*|сесі\\p{L}*|асамбле\\p{L}*',
  ),
};

export const PLANNED: Record<Language, RegExp> = {
  en: w(
    // "is also expected to hold talks with …"
    '(?:is|are) (?:also|now|further|then) (?:due|set|scheduled|expected|slated|going) to (?:\\w+ ){0,2}(?:visit|meet|hold|pay|travel|receive|host|attend|call|talk|sign)|' +
      // "left the island today to attend the summit": the summit is still ahead.
      "(?:left|leaves|departed|departs|flew|set off|set out)(?: [\\p{L}\\d,()'-]+){0,10}? to (?:attend|participate in|take part in)|" +
      "(?:will|would|shall|is (?:due|set|scheduled|expected|slated|going|planning|planned|to)|are (?:due|set|scheduled|expected|slated|going|planning|to)|plans? to|intends? to|'ll)(?: \\w+){0,2} (?:visit|meet|hold|pay|travel|receive|host|attend|take part|participate|have|arrive|chair|talk|speak|discuss|sign|be received|be held|come|reach|embark|undertake|depart|leave for|fly|head|call on)|(?:upcoming|forthcoming|planned|scheduled|next) (?:\\w+ )?(?:visit|meeting|talks|session|round)|will be held|is to be held|are to be held|سيلتقي|سيزور|سيجري|سيعقد|سيستقبل|سيشارك|ستعقد|سيتوجه|من المقرر|يعتزم|المرتقبة|المرتقب|المقبل|المقبلة|" +
      // Invitations to a meeting to come, in each language.
      'invited (?:\\w+ ){0,6}to (?:a |the )?(?:meeting|summit|talks)|eingeladen|lädt (?:\\p{L}+ ){0,4}ein|a invit[ée]|invit[óo]|' +
      // French, Spanish, German and Turkish futures of the meeting verbs.
      "visitar[áa]n?|viajar[áa]n?|se reunir[áa]n?|recibir[áa]n?|participar[áa]n?|sostendr[áa]n?|celebrar[áa]n?|visitera|visiteront|se rendra|se rendront|rencontrera|rencontreront|recevra|recevront|participera|participeront|s'entretiendra|s'entretiendront|wird (?:\\p{L}+ ){0,4}?(?:besuchen|treffen|empfangen|reisen|teilnehmen)|werden (?:\\p{L}+ ){0,4}?(?:besuchen|treffen|empfangen|reisen|teilnehmen)|ziyaret edecek|g[öo]r[üu][şs]ecek|kat[ıi]lacak",
  ),
  ru: w(
    'впереди|попереду|посетит|обсудит|проведет|проведёт|проведут|встретится|встретятся|примет|прибудет|состоится|состоятся|пройдет|пройдёт|пройдут|планирует\\p{L}*|запланирован\\p{L}*|намерен\\p{L}*|предстоящ\\p{L}*|ожидается|будет|будут|обсудят|' +
      // Ukrainian
      'відвідає|проведе|проведуть|зустрінеться|зустрінуться|прийме|прибуде|відбудеться|відбудуться|пройде|пройдуть|планує\\p{L}*|має намір|мають намір|майбутн\\p{L}*|очікується|обговорять|візьме участь|візьмуть участь' +
      // "нанесет однодневный визит", "совершит визит", "здійснить візит": a visit to come.
      '|нанес[её]т|нанесут|совершит|совершат|здійснить|здійснять',
  ),
};

/** "regularly visits", "как правило": what someone does from time to time, not a meeting told. */
const HABITUAL_EN =
  'regularly|on a regular basis|regular (?:visits|contacts|dialogue)|routinely|usually|often|frequently|annually|every year|each year|traditionally';
const HABITUAL_RU = 'регулярно|ежегодно|традиционно|как правило|часто|щороку|щорічно|традиційно|зазвичай';

/*
 * "وكان في استقبال الوزير لدى وصوله إلى مطار…": the officials at the airport on arrival or departure
 * are protocol, not the meeting. ("استقبل الرئيس … الوزير لدى وصوله دمشق" is the reception itself:
 * only the airport, or "وكان في استقبال", makes it protocol.) "en oportunidad de recibir a Yi en el
 * aeropuerto", "accueilli à l'aéroport par" likewise.
 */
const PROTOCOL =
  "(?:لدى|عند|فور) (?:وصوله|وصولها|وصولهم|مغادرته|مغادرتها) (?:\\p{L}+ ){0,2}?(?:مطار|المطار)|وكان في استقبال|في وداعه|في وداعها|en el aeropuerto|al aeropuerto|[àa] l'a[ée]roport";

/** A sentence that tells a habit or a protocol: whom it names took part in no meeting it tells. */
export const NO_MEETING_TOLD: Record<Language, RegExp> = {
  en: w(`${HABITUAL_EN}|${PROTOCOL}`),
  ru: w(HABITUAL_RU),
};

export const BACKGROUND: Record<Language, RegExp> = {
  en: w(
    `${HABITUAL_EN}|previously|earlier this year|last year|in the past|(?:has|have) (?:visited|met|held|hosted) (?:\\w+ ){0,3}(?:times|several|before|since|already)|dates back|was established|was founded|${PROTOCOL}`,
  ),
  ru: w(
    `${HABITUAL_RU}|ранее|в прошлом году|прошлого года|в прошлом|последний раз|напомним|раніше|минулого року|востаннє|нагадаємо`,
  ),
};

/** "the meeting", "переговоров": the meeting just reported, which new names then join. */
export const THE_MEETING: Record<Language, RegExp> = {
  en: w('the (?:meeting|talks|conversation|discussions?|consultations)'),
  ru: w('встрече|встречи|встречу|переговор\\p{L}*|беседы|беседе|зустрічі|зустріч|розмови|розмові'),
};

/** A sentence that goes on about the meeting just reported: "In the course of the talks, the sides…". */
export const ANAPHOR: Record<Language, RegExp> = {
  en: w(
    'the sides|both sides|the two sides|the parties|the two|the interlocutors|the meeting|the talks|the conversation|the visit|the discussion|the discussions|the (?:reception|dinner|lunch|luncheon|banquet|breakfast)|during the|in the course of|at the meeting|they|the officials|the ministers|les (?:deux )?parties|les deux|lors de|au cours de|las partes|ambas partes|durante|la cita|el encuentro|la reunión|la rencontre|l\\S?entretien|die (?:beiden )?seiten|beide seiten|taraflar|g[öo]r[üu][şs]mede|الجانبان|الطرفان|الوزيران|الزعيمان|المسؤولان|خلال اللقاء|خلال الاجتماع|خلال الاتصال|خلال المباحثات',
  ),
  ru: w(
    // "Она состоялась 5 февраля в Москве": the meeting just told, taking place.
    'стороны|сторонами|собеседники|в ходе|во время|на встрече|встреча|беседы|переговоров|разговора|визита|они|министры|сторони|співрозмовники|під час|в ході|у ході|на зустрічі|зустріч|розмови|візиту|вони|міністри|(?:она|он|оно|они|вона|він|вони) (?:\\p{L}+ )?(?:состоял\\p{L}*|прошл\\p{L}*|відбул\\p{L}*)',
  ),
};

export const TOPICAL: Record<Language, RegExp> = {
  en: w(
    'discuss(?:ed|ing)?|consider(?:ed|ing)|review(?:ed|ing)|exchanged (?:views|opinions)|focused|focusing|centred|centered|touched (?:up)?on|talked about|agenda|ont (?:discut[ée]|[ée]voqu[ée]|examin[ée])|[ée]chang[ée] (?:des )?vues|discutieron|abordaron|analizaron|intercambiaron|er[öo]rterten|besprachen|diskutierten|ele ald[ıi]|g[öo]r[üu][şs] al[ıi][şs]veri[şs]i|[وف]?(?:بحث|ناقش\\p{L}*|تناول\\p{L}*|استعرض\\p{L}*|تبادل\\p{L}*)',
  ),
  ru: w(
    'обсуди\\p{L}*|обсужд\\p{L}*|рассмотрел\\p{L}*|рассмотрен\\p{L}*|обменялись|внимание|речь шла|шла речь|обговори\\p{L}*|обговорен\\p{L}*|розглянул\\p{L}*|обмінялися|йшлося',
  ),
};

/** Others present: they join the meeting just reported instead of starting a new one. */
export const ATTENDANCE: Record<Language, RegExp> = {
  en: w(
    'attended by|(?:also )?(?:took|take) part|participated|(?:were|was) (?:also )?present|in the presence of|accompanied by|joined by|also attended|with the participation of' +
      // "The Indian side was led by Foreign Secretary X", "X led the Bangladesh delegation", "the
      // delegation included X": the heads and members of each side take part.
      '|(?:side|delegation|team)s? (?:was |were )?(?:also )?(?:led|headed) by|(?:led|headed) (?:the|his|her|their) (?:[\\p{L}-]+ ){0,3}?(?:side|delegation|team)|delegations? (?:also )?(?:included|comprised)' +
      // "Present were X and Y", "Also present at the talks were …", "The Indian side was represented by X".
      '|(?:also )?present (?:(?:at|during|on) (?:the )?(?:[\\p{L}-]+ ){0,2}?)?(?:were|was)|among those present|(?:side|delegation|team)s? (?:was |were )?(?:also )?represented by|delegations? (?:also )?(?:consisted of|comprising|including)' +
      // "The US delegation in India is led by Senator X", "The NATO head is accompanied at the
      // Government headquarters by Deputy Secretary General Y": a place or a tense between.
      '|(?:side|delegation|team)s? (?:[\\p{L}-]+ ){0,3}?(?:is|are|was|were|has been|have been) (?:also )?(?:led|headed) by|(?:is|are|was|were) (?:also )?accompanied (?:[\\p{L}-]+ ){1,4}?by' +
      // Spanish and French, read with these rules: "asisten, además, la ministra X", "lo acompañan los
      // ministros X e Y", "en présence du ministre X", "ont assisté".
      '|asist(?:en|ieron|i[óo]|e)|(?:lo |la |le |los |les )?acompa[ñn](?:an|aron|[óo]|a)|con la participaci[óo]n de|en presencia de|particip(?:an|aron|[óo]) (?:en|de)|en pr[ée]sence d(?:e|u|es)|(?:ont|a) assist[ée]|accompagn[ée]e?s? (?:de|par)|ont pris part|a pris part',
  ),
  ru: w(
    'с участием|принял\\p{L}* участие|приняли участие|участвовал\\p{L}*|присутствовал\\p{L}*|в сопровождении|в присутствии|за участю|за участі|взяв\\p{L}* участь|взяли участь|брав\\p{L}* участь|у супроводі|в супроводі|у присутності' +
      // "возглавляет делегацию X", "делегацию во главе с X": the head of a side takes part.
      '|возглав\\p{L}* (?:\\p{L}+ )?делегаци\\p{L}*|делегаци\\p{L}* (?:\\p{L}+ )?во главе с|очолю\\p{L}* (?:\\p{L}+ )?делегаці\\p{L}*|делегаці\\p{L}* на чолі з',
  ),
};

/**
 * Markers that say something of the first name after them. Global patterns: every marker in a
 * sentence counts, and applies to the nearest name that follows it (see `namesAfterMarkers`).
 */
const marker = (body: string) => new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, 'giu');

/** Someone named only as the source of greetings, a message or a quote, not as a participant. */
export const NOT_PARTICIPANT_BEFORE: Record<Language, RegExp> = {
  en: marker(
    // Someone a call or meeting talks about: "the poisoning of Sergei Skripal", "the release of X".
    'poisoning of|attack on|murder of|killing of|death of|assassination of|arrest of|detention of|release of|imprisonment of|conditions? of|health of|' +
      // "amid the sudden resignation of Prime Minister X", "the birth anniversary of Y": someone the
      // occasion is about.
      'resignation of|dismissal of|funeral of|memory of|anniversary of|centenary of|centennial of|' +
      // "tras … la captura de Nicolás Maduro", "la libération de X": someone the meeting is about.
      "captura de|detenci[óo]n de|arresto de|liberaci[óo]n de|muerte de|asesinato de|exclusi[óo]n del?|l'arrestation d[ue]|la lib[ée]ration d[ue]|la mort d[ue]|l'assassinat d[ue]|la d[ée]tention d[ue]|" +
      // "after the government of President X assumed office", "under the leadership of Sheikh Y".
      '(?:government|administration|leadership|tenure|presidency|reign|term|era) of|' +
      'on behalf of|greetings (?:from|of)|regards (?:from|of)|message (?:from|of)|letter (?:from|of)|instructions (?:from|of)|according to|named after|appointed by|decree of|spokes(?:man|woman|person)|press secretary|predecessor|successor|replac(?:ed|ing)|' +
      // French, Spanish and Arabic: the sender of a message, the one it is addressed to, the one who
      // invited, the one spoken for, the one who chairs from afar ("porteur d'un message du président X
      // adressé au Roi Y", "برئاسة الرئيس").
      "message d[ue]|lettre d[ue]|messages? (?:écrits? )?(?:du|de la)|adress[ée]e?s? (?:[àa]|au)|au nom d[ue]|de la part d[ue]|(?:[àa] l'|sur )invitation d[ue]|mensaje d(?:el|e)|carta d(?:el|e)|en nombre d(?:el|e)|de parte d(?:el|e)|por invitaci[óo]n d(?:el|e)|dirigid[oa]s? a(?:l)?|" +
      'رسالة (?:\\p{L}+ )?من|تحيات|نيابة عن|بتكليف من|برئاسة|تحت رعاية',
  ),
  ru: marker(
    'от имени|приветстви\\p{L}*(?: от)?|послани\\p{L}*|по приглашению|по поручению|по словам|пресс-секретар\\p{L}*|официальн\\p{L}* представител\\p{L}*|указ\\p{L}*|сменивш\\p{L}*|предшественник\\p{L}*|' +
      // "университет имени Ломоносова", "проспект имени Б.Ельцина": whom a place is named after.
      'имени|' +
      // Ukrainian
      'від імені|на запрошення|за дорученням|за словами|прессекретар\\p{L}*|прес-секретар\\p{L}*|речни\\p{L}*|офіційн\\p{L}* представни\\p{L}*|указ\\p{L}*|попередни\\p{L}*|імені',
  ),
};

/**
 * "— сообщил/заявил/добавил X": who speaks of the meeting, not of it — unless the sentence puts the
 * speaker in it ("после переговоров с Y … заявил X", "по итогам встречи с Y сообщил X").
 */
export const SPEAKER_BEFORE: Partial<Record<Language, RegExp>> = {
  ru: marker(
    '(?:сообщил|заявил|отметил|рассказал|сказал|написал|подчеркнул|добавил|пояснил|уточнил|повідомив|заявив|зазначив|розповів|сказав|написав|підкреслив|додав|пояснив|уточнив)\\p{L}*',
  ),
};

/** "после переговоров с Y", "по итогам встречи с Y", "після зустрічі з Y": the speaker's own meeting. */
export const OWN_MEETING_BEFORE_SPEAKER: Partial<Record<Language, RegExp>> = {
  ru: /(?<![\p{L}])(?:после|по итогам|по завершении|в ходе|після|за підсумками|під час) (?:\p{L}+ ){0,2}?(?:переговор|встреч|бесед|разговор|перемовин|зустріч|розмов)\p{L}* (?:с|со|з|із|зі) /iu,
};

/**
 * "at the invitation of X", "invited by X": who invited. To a visit, the one who invited is its host
 * and takes part ("her visit to Singapore, at the invitation of Vivian Balakrishnan"); to anything
 * else (a summit, a forum) someone who may not be there.
 */
export const INVITER_BEFORE: Record<Language, RegExp> = {
  en: marker('invitation (?:from|of)|at the invitation of|invited by'),
  ru: marker('$^'),
};

/** "…, a ministry spokesman, Ivan Petrov, said.": a name closing the sentence as its source. */
export const NOT_PARTICIPANT_AFTER: Record<Language, RegExp> = {
  en: /^(?:'s)?\s*,?\s*(?:said|says|told \w+|added|stated|noted|reported)\s*[.!]?\s*$/i,
  ru: /^\s*(?:(?:сообщил|заявил|отметил|написал|подчеркнул|добавил|пояснил|повідомив|заявив|зазначив|написав|підкреслив|додав|пояснив)\p{L}*)\s*[.!]?\s*$/iu,
};

/**
 * "the Secretary General", "the NATO official", "the guest": someone of the meeting before, by title;
 * a word of nationality may come first ("the Saudi foreign minister").
 */
export const DEFINITE_PERSON: Record<Language, RegExp> = {
  // Outlets outside the US and UK write "the minister", "the president" in lower case.
  en: /\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?(?:NATO |Deputy |Special |Assistant |Foreign |Defen[cs]e |Prime |External Affairs |Foreign Affairs )*(?:Secretary[- ]General|Representative|Minister|President|Ambassador|envoy|official|guest|diplomat|Chairman|Commander)|(?:\p{Lu}\p{Ll}+ )?(?:deputy |foreign |defen[cs]e |prime )*(?:minister|president|ambassador|chairman|commander|high commissioner|leader|premier|chancellor)|visiting (?:leader|dignitary|minister|president|prime minister|envoy|guest))\b|(?<![\p{L}])(?:[Ee]l|[Ll]a|[Ll]e) (?:ministro|ministra|ministre|canciller|presidente|presidenta|président|présidente|mandatario|secretario|secretaria|secrétaire|embajador|embajadora|ambassadeur|ambassadrice|jefe|cheffe|chef)(?![\p{L}])/u,
  // "Дипломат встретился с …": the envoy of the visit just told.
  ru: /(?<![\p{L}])(?:генсек\p{L}*|генеральн\p{L}* секретар\p{L}*|спецпредставител\p{L}*|гост\p{L}*|дипломат\p{L}*|министр\p{L}*|президент\p{L}*|міністр\p{L}*|спецпредставни\p{L}*)(?![\p{L}])/iu,
};

export const PRONOUN_SUBJECT: Record<Language, RegExp> = {
  en: /^(?:(?:later|earlier|then|also|afterwards|subsequently|on the same day|the same day|in addition|besides|meanwhile),?\s+)*(?:he|she)\b|\b(?:he|she) (?:also |later |then )?(?:met|held|visited|was received|was welcomed|received|hosted|paid|arrived|had)\b|^(?:(?:ensuite|puis|par ailleurs|en outre|plus tard|le même jour),?\s+)*(?:il|elle) (?:a|avait|aura|s'est)\b/i,
  ru: /^(?:(?:также|позднее|затем|в тот же день|кроме того|також|пізніше|потім|того ж дня|крім того),?\s+)*(?:он|она|він|вона)(?![\p{L}])|(?<![\p{L}])(?:он|она) (?:также |затем )?(?:встретился|встретилась|провел|провёл|посетил|посетила|был принят|была принята|принял|приняла|прибыл|прибыла)(?![\p{L}])|(?<![\p{L}])(?:він|вона) (?:також |потім )?(?:зустрівся|зустрілася|провів|провела|відвідав|відвідала|прийняв|прийняла|прибув|прибула)(?![\p{L}])|(?<![\p{L}])(?:его|её|ее|його|її) (?:(?:также|затем|потім|також) )?(?:принял|приняла|приняли|встретил|встретила|встретили|прийняв|прийняла|прийняли|зустрів|зустріла|зустріли)(?![\p{L}])/iu,
};

export const HOST_VERB: Record<Language, RegExp> = {
  en: w(
    `received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted|greets|${LATIN_HOST}`,
  ),
  ru: w('принял|принимал|приняла|приняли|примет|принимает|прийняв|прийняла|прийняли|прийме|приймав|приймає'),
};
export const PASSIVE_HOST_VERB: Record<Language, RegExp> = {
  en: w(
    '(?:was|were|is|are|has been|have been|will be) (?:warmly )?(?:received|hosted|welcomed)|' +
      // "fue recibida ayer en Roma por su homólogo", "a été reçu par le président".
      'fue(?:ron)? recibid[oa]s?|ha(?:n)? sido recibid[oa]s?|a [ée]t[ée] re[çc]ue?|ont [ée]t[ée] re[çc]u(?:e?s)?|fut re[çc]ue?|wurde (?:\\p{L}+ ){0,4}empfangen',
  ),
  ru: w('(?:был|была|были|будет|будут) принят\\p{L}*|(?:був|була|були|буде|будуть) прийнят\\p{L}*'),
};
export const VISITOR_VERB: Record<Language, RegExp> = {
  en: w(
    'visited|visits|is visiting|was visiting|arrived|arrives|will arrive|paid (?:an? |his |her |their )?(?:\\w+ ){0,2}(?:visit|call on)|pay (?:an? |his |her |their )?(?:\\w+ ){0,2}visit|is (?:on|paying) (?:an? )?(?:\\w+ ){0,2}visit|was on (?:an? )?(?:\\w+ ){0,2}visit|will visit|to visit|travel(?:l)?ed to|came to|went to',
  ),
  ru: w(
    'посетил\\p{L}*|посетит|побывал\\p{L}*|побував\\p{L}*|прибыл\\p{L}*|прибудет|прибывает|совершил\\p{L}* (?:\\p{L}+ ){0,2}визит|совершит (?:\\p{L}+ ){0,2}визит|находится с (?:\\p{L}+ ){0,2}визитом|находил\\p{L}* с (?:\\p{L}+ ){0,2}визитом|' +
      // Ukrainian
      'відвідав\\p{L}*|відвідає|прибув\\p{L}*|прибуде|прибуває|здійснив\\p{L}* (?:\\p{L}+ ){0,2}візит|здійснить (?:\\p{L}+ ){0,2}візит|перебуває з (?:\\p{L}+ ){0,2}візитом|перебував\\p{L}* з (?:\\p{L}+ ){0,2}візитом|' +
      RU_ARRIVE,
  ),
};
/** "visiting Y", "Y, who is on a visit", "находящимся с визитом … Y": Y is the visitor, wherever the verb. */
export const VISITOR_MARK_BEFORE: Record<Language, RegExp> = {
  en: marker('visiting|the visiting|delegation (?:led|headed) by|visit by|visit of'),
  ru: marker(
    'находящ\\p{L}* с (?:\\p{L}+ )?визитом|прибывш\\p{L}* с (?:\\p{L}+ )?визитом|делегаци\\p{L}* во главе с|в ходе визита|визит\\p{L}*|що перебуває з (?:\\p{L}+ )?візитом|делегаці\\p{L}* на чолі з|під час візиту|візит\\p{L}*',
  ),
};
export const VISITOR_MARK_AFTER: Record<Language, RegExp> = {
  en: /^(?:'s)?\s*(?:,\s*who (?:is|was|arrived|came|has arrived)|'s (?:\w+ ){0,2}(?:visit|trip)|\s*(?:is|was) (?:on|paying) (?:an? )?(?:\w+ ){0,2}visit)/i,
  ru: /^\s*,\s*(?:находящ\p{L}*|прибывш\p{L}*|который находится)/iu,
};
export const ACCOMPANYING: Record<Language, RegExp> = {
  en: marker('accompanied by|together with|along with|delegation (?:included|comprising)'),
  ru: marker(
    'в сопровождении|вместе с|в составе делегации|у супроводі|в супроводі|разом з|разом із|у складі делегації',
  ),
};

/** A photo's caption or credit line: "Photo: …", "(File photo)", "Picture caption: …". */
export const CAPTION =
  /(?:^|[\s/|([])(?:file\s+)?(?:photo|image|picture|pic)s?(?:\s+(?:credits?|caption))?\s*:|\((?:file\s+)?photo\)/iu;

/** The title of a head of state or government, as the reports write it ("rey", "roi", "الرئيس" too). */
export const HEAD_OF_STATE =
  /president|prime minister|king|emir|amir|sultan|chancellor|президент|премьер|прем'єр|корол|эмир|еміра?|султан|канцлер|\b(?:rey|roi)\b|الرئيس|الملك|الأمير/i;

/** A spokesperson's title: who speaks of a meeting, not in it. */
export const SPOKESPERSON =
  /spokes|press secretary|press service|press office|пресс-секретар|пресс-служб|прес-служб|речни|porte-parole|portavoz|المتحدث|الناطق/i;
