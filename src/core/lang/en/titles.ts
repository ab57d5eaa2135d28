/**
 * English titles that introduce a person or say what post they hold: "Prime Minister Pham Minh
 * Chinh", "Nvidia CEO Jensen Huang", "Truong Gia Binh, chairman of FPT". Matched in any case.
 */
import { addPhrase, createTrie, type Trie } from '../../actors/phrase-trie.ts';
import { phraseKeys } from '../../actors/tokenize.ts';
import { foldText } from '../../text/fold.ts';

/** honorific: Mr/Ms; leader: heads of state or government; minister: heads of a ministry; envoy: ambassadors; office: any other post. */
export type EnTitleLevel = 'honorific' | 'leader' | 'minister' | 'envoy' | 'office';

export interface EnTitle {
  form: string;
  level: EnTitleLevel;
}

const TITLES: Array<[EnTitleLevel, string[]]> = [
  ['honorific', ['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'professor', 'prof', 'prof.', 'sir', 'madam', 'associate professor']],
  ['leader', ['prime minister', 'deputy prime minister', 'permanent deputy prime minister', 'pm', 'president', 'state president',
    'vice president', 'general secretary', 'party general secretary', 'party chief', 'premier', 'king', 'chancellor',
    'national assembly chairman', 'chairman of the national assembly', 'chairwoman of the national assembly', 'vice state president']],
  ['minister', ['minister', 'deputy minister', 'vice minister', 'acting minister', 'secretary', 'deputy secretary', 'under secretary',
    'secretary of state', 'commerce secretary', 'treasury secretary', 'energy secretary', 'trade minister', 'foreign minister',
    'industry minister', 'finance minister']],
  ['envoy', ['ambassador', 'deputy ambassador', 'consul general', 'consul-general', 'consul', "chargé d'affaires", 'charge d\'affaires', 'envoy']],
  ['office', ['chairman', 'chairwoman', 'chair', 'vice chairman', 'vice chairwoman', 'vice chair', 'deputy chairman', 'board chairman',
    'chairman of the board', 'ceo', 'chief executive', 'chief executive officer', 'managing director', 'general director',
    'director general', 'director-general', 'director', 'deputy director', 'deputy general director', 'executive director', 'head',
    'deputy head', 'founder', 'co-founder', 'cofounder', 'governor', 'deputy governor', 'mayor', 'secretary general',
    'secretary-general', 'executive vice president', 'senior vice president', 'country manager', 'general manager',
    'country director', 'chief representative', 'representative', 'rector', 'vice rector', 'principal', 'dean', 'spokesperson',
    'spokesman', 'spokeswoman', 'chief technology officer', 'cto', 'cfo', 'coo', 'chief operating officer', 'chief financial officer',
    'party secretary', 'chief', 'leader', 'executive', 'senior executive', 'deputy ceo', 'managing partner', 'chief strategy officer',
    'chief scientist', 'vice-chairman', 'vice-president', 'deputy-director']],
];

const trie: Trie<EnTitle> = createTrie<EnTitle>();
for (const [level, forms] of TITLES) for (const form of forms) addPhrase(trie, phraseKeys(foldText(form)), { form, level });

export function englishTitleTrie(): Trie<EnTitle> {
  return trie;
}

/** Title words too loose to introduce a person on their own (they need a name right after, capitalised). */
export const LOOSE_TITLES = new Set(['head', 'chief', 'leader', 'executive', 'representative', 'chair', 'secretary', 'director', 'president', 'principal', 'dean', 'founder', 'king']);

/** Words a ministry's or institute's field is made of ("Planning and Investment", "Labour, Invalids and Social Affairs"), folded. */
export const MINISTRY_FIELDS = new Set([
  'planning', 'investment', 'trade', 'industry', 'finance', 'foreign', 'affairs', 'home', 'interior', 'labour', 'labor', 'invalids',
  'social', 'information', 'communications', 'communication', 'science', 'technology', 'ict', 'education', 'training', 'health',
  'defence', 'defense', 'public', 'security', 'justice', 'transport', 'transportation', 'construction', 'agriculture', 'rural',
  'development', 'natural', 'resources', 'environment', 'culture', 'sports', 'tourism', 'economy', 'economic', 'commerce',
  'energy', 'digital', 'manpower', 'national', 'innovation', 'industries', 'fisheries', 'welfare', 'employment', 'land',
  'infrastructure', 'communities', 'works', 'telecommunications', 'ethnic', 'minority', 'research', 'engineering', 'arts',
  'humanities', 'medicine', 'design', 'studies', 'sciences', 'invalids', 'affairs', 'sport', 'youth', 'women', 'physics',
  'chemistry', 'biology', 'materials', 'mathematics', 'economics', 'law', 'management', 'business', 'computing', 'standards',
]);
