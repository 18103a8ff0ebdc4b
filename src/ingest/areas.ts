/**
 * Area-of-cooperation codes (data/demo/areas.json, after the 2007 NATO list MCG-N(2007)0030 plus
 * Concord's own CT, PKO, CIMIC) and the words in a topic that point to each, English and Russian.
 * The one place to teach the extractor a new area.
 */
export const AREA_KEYWORDS: Readonly<Record<string, RegExp>> = {
  ACD: /arms control|disarmament|non-?proliferation|weapons of mass destruction|\bwmd\b|small arms|\bsalw\b|разоружени|нераспространени|контрол\w* над вооружени/i,
  ARM: /armament|procurement|defen[cs]e industr|вооружени|оборонн\w+ промышлен/i,
  ASM: /airspace|air traffic|воздушн\w+ пространств/i,
  BSC: /border|frontier|customs|погранич|границ/i,
  C3: /command and control|communications? and information|\bc3\b|управлени\w+ войсками/i,
  CCMS: /modern society/i,
  CEP: /civil emergenc|emergency planning|civil preparedness|disaster|emergency (response|situation)|resilience|чрезвычайн|стихийн|гражданск\w+ готовност/i,
  CRM: /crisis management|crisis response|кризисн|урегулировани\w+ кризис/i,
  CT: /terroris|extremis|терроризм|террористи|экстремизм/i,
  DEI: /defen[cs]e econom|военн\w+ экономи/i,
  DPB: /defen[cs]e planning|budgeting|\bparp\b|planning and review|оборонн\w+ планировани/i,
  DPS: /defen[cs]e policy|defen[cs]e strategy|military strategy|оборонн\w+ политик|военн\w+ политик/i,
  GEO: /military geography|geospatial|военн\w+ географи/i,
  LT: /language training|english language|языков\w+ подготовк/i,
  PKO: /peacekeeping|peace[- ]support|миротвор/i,
  CIMIC: /civil-military|civil military|гражданско-военн/i,
  PUB: /public (information|diplomacy)|media|journalist|информировани|публичн\w+ дипломат|сми\b/i,
  SCE: /science|scientific|environment|research|\bsps\b|наук|научн|экологи|окружающ/i,
  SSR: /security sector reform|defen[cs]e reform|defen[cs]e and security sector|defen[cs]e institution building|integrity building|реформ\w+ (сектора безопасности|оборон)/i,
  SEC: /security cooperation|regional security|stability|afghanistan|security situation|сотрудничеств\w+ в (сфере|области) безопасности|региональн\w+ безопасност|стабильност|афганистан/i,
};

/** Codes whose keywords occur in the topics, in the order of the table. */
export function areasOf(topics: readonly string[]): string[] {
  const text = topics.join(' | ');
  return Object.entries(AREA_KEYWORDS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([code]) => code);
}
