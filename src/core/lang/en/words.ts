/**
 * English word tables for the actor patterns: organisation heads, titles, descriptors of companies,
 * demonyms, and the capitalised function words that never start a name. Folded keys (lower case);
 * the rules compare them with token keys.
 */
import type { ActorKind } from '../../claims.ts';

/** Words that end an organisation's name ("Amkor Technology", "Hana Micron Vina Co."), with the kind they give. */
export const SUFFIX_HEADS: Record<string, ActorKind> = {};
/** Words that open a name followed by "of"/"for" ("Ministry of …", "University of …"). */
export const PREFIX_HEADS: Record<string, ActorKind> = {};

const HEADS: Array<[ActorKind, string[], string[]]> = [
  // kind, suffix heads, prefix heads
  ['company', ['group', 'corporation', 'corp', 'inc', 'incorporated', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'jsc', 'holdings',
    'technologies', 'technology', 'electronics', 'semiconductor', 'semiconductors', 'systems', 'solutions', 'industries', 'motors',
    'capital', 'ventures', 'investments', 'partners', 'telecom', 'airlines', 'energy', 'power', 'pharma', 'networks', 'software',
    'microelectronics', 'devices', 'enterprises', 'conglomerate', 'vina', 'management'], []],
  ['government', ['ministry', 'department', 'agency', 'authority', 'committee', 'commission', 'office', 'administration', 'board',
    'embassy', 'consulate', 'government', 'cabinet', 'parliament', 'assembly', 'congress', 'inspectorate', 'directorate', 'bureau',
    'secretariat', 'politburo'],
  ['ministry', 'department', 'agency', 'authority', 'committee', 'commission', 'office', 'administration', 'board', 'embassy',
    'consulate', 'government', 'bureau', 'people']],
  // "forum" is left out: "Vietnam-Japan Economic Forum" is an event, not an actor (a known forum, WEF, is in the gazetteer).
  ['organization', ['association', 'council', 'fund', 'foundation', 'chamber', 'alliance', 'network', 'federation', 'union',
    'organization', 'organisation', 'center', 'centre', 'hub', 'lab', 'labs', 'laboratory', 'society', 'club', 'coalition',
    'consortium', 'initiative', 'bank'],
  ['association', 'council', 'fund', 'foundation', 'chamber', 'alliance', 'federation', 'union', 'organization',
    'organisation', 'center', 'centre', 'society', 'bank', 'coalition']],
  ['university', ['university', 'college', 'academy', 'school', 'institute', 'polytechnic'], ['university', 'college', 'academy', 'school', 'institute']],
  ['place', ['park', 'zone', 'province', 'city', 'district', 'estate', 'valley'], []],
];
for (const [kind, suffixes, prefixes] of HEADS) {
  for (const w of suffixes) SUFFIX_HEADS[w] = kind;
  for (const w of prefixes) PREFIX_HEADS[w] = kind;
}
/** A bank is a company; as a head it names a lender ("Vietcombank" is in the gazetteer, "Asian Development Bank" an organisation). */
SUFFIX_HEADS.bank = 'organization';

/** Suffixes that, alone after one word, are too generic to make a company ("Energy", "Power"): need two words before. */
export const WEAK_SUFFIXES = new Set(['energy', 'power', 'capital', 'partners', 'software', 'devices', 'networks', 'telecom', 'city', 'valley', 'office', 'board', 'center', 'centre', 'hub', 'lab', 'labs', 'union', 'club', 'initiative', 'group', 'management']);

/** Lower-case words allowed inside a name between capitalised ones. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'in']);

/** Capitalised words that never start a name (sentence starts, pronouns, time words). */
export const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'this', 'that', 'these', 'those', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'last', 'next', 'meanwhile', 'however', 'according', 'during', 'after', 'before', 'while',
  'when', 'as', 'and', 'but', 'also', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'if', 'since', 'under',
  'over', 'about', 'both', 'each', 'all', 'some', 'many', 'most', 'other', 'another', 'such', 'such', 'what', 'which', 'who',
  'how', 'why', 'where', 'so', 'yet', 'or', 'nor', 'not', 'no', 'yes', 'now', 'then', 'today', 'yesterday', 'tomorrow',
  'earlier', 'later', 'previously', 'currently', 'additionally', 'moreover', 'furthermore', 'besides', 'thus', 'therefore',
  'despite', 'although', 'though', 'because', 'between', 'among', 'through', 'into', 'than', 'like', 'unlike', 'following',
  'speaking', 'addressing', 'photo', 'source', 'read', 'related', 'share', 'tags', 'updated', 'posted', 'published', 'file',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'first', 'second', 'third', 'one', 'two', 'three', 'new', 'several', 'every', 'any',
  'once', 'within', 'without', 'across', 'around', 'toward', 'towards', 'upon', 'via', 'per', 'until', 'amid', 'ahead',
  'overall', 'together', 'instead', 'still', 'even', 'only', 'just', 'again', 'further', 'recently', 'finally', 'notably',
  'specifically', 'particularly', 'especially', 'similarly', 'likewise', 'regarding', 'concerning', 'following', 'having',
  'being', 'said', 'says', 'while', 'whether', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'let', 'please', 'thanks', 'thank', 'dear', 'welcome',
]);

/** Lower-case nouns that describe a company right before its name ("tech giant FPT", "chipmaker Amkor"). */
export const COMPANY_NOUNS = new Set([
  'giant', 'firm', 'company', 'maker', 'chipmaker', 'carmaker', 'automaker', 'manufacturer', 'producer', 'supplier', 'conglomerate',
  'startup', 'start-up', 'corporation', 'operator', 'provider', 'developer', 'designer', 'retailer', 'lender', 'investor', 'unit',
  'subsidiary', 'affiliate', 'rival', 'titan', 'player', 'brand', 'vendor', 'contractor', 'builder', 'exporter', 'distributor',
  'outsourcer', 'packager', 'foundry', 'carrier', 'airline', 'bank', 'insurer', 'fund', 'platform', 'group', 'multinational',
  'enterprise', 'corp', 'leader', 'powerhouse', 'heavyweight', 'specialist', 'partner', 'partners', 'behemoth', 'chipmakers',
]);

/** Demonyms and short country names before a name ("Vietnamese tech giant FPT"), by gazetteer country id. */
export const DEMONYMS: Record<string, string> = {
  vietnamese: 'vietnam', american: 'united-states', us: 'united-states', 'u.s.': 'united-states', korean: 'south-korea',
  'south korean': 'south-korea', japanese: 'japan', chinese: 'china', taiwanese: 'taiwan', singaporean: 'singapore',
  thai: 'thailand', malaysian: 'malaysia', indonesian: 'indonesia', indian: 'india', german: 'germany', french: 'france',
  british: 'united-kingdom', uk: 'united-kingdom', dutch: 'netherlands', danish: 'denmark', swedish: 'sweden', finnish: 'finland',
  norwegian: 'norway', swiss: 'switzerland', australian: 'australia', canadian: 'canada', israeli: 'israel', italian: 'italy',
  spanish: 'spain', russian: 'russia', emirati: 'uae', saudi: 'saudi-arabia', qatari: 'qatar', filipino: 'philippines',
  philippine: 'philippines', laotian: 'laos', lao: 'laos', cambodian: 'cambodia', belgian: 'belgium', austrian: 'austria',
  irish: 'ireland', polish: 'poland', czech: 'czechia', hungarian: 'hungary', turkish: 'turkey', brazilian: 'brazil',
  mexican: 'mexico', 'new zealand': 'new-zealand', kiwi: 'new-zealand',
};

/** Korean family names: a hyphenated Korean name is referred back to by its first word ("Lee Jae-yong" → "Lee"). */
export const KOREAN_SURNAMES = new Set([
  'lee', 'kim', 'park', 'choi', 'chung', 'jung', 'cho', 'yoon', 'kang', 'jang', 'lim', 'han', 'shin', 'oh', 'seo', 'kwon',
  'hwang', 'ahn', 'song', 'hong', 'yoo', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam', 'noh', 'kwak', 'chey', 'koo',
  'min', 'ryu', 'chun', 'roh', 'yun', 'byun',
]);
