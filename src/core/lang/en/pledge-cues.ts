/**
 * English cue words for pledges: the verbs and nouns that make an amount a promise, the words that
 * say what kind of promise it is, and how firm it is (plans/aims/will → planned; signed/committed →
 * committed; has invested → completed). Lower case, matched as whole words on `lowerText`.
 */
import type { PledgeKind, PledgeStatus } from '../../claims.ts';
import { phraseRegex, type PhraseSet } from '../../relations/clause-view.ts';
import { MONEY_UNITS } from '../../parse/units.ts';

const forms = (...groups: string[]) => groups.flatMap((g) => g.split('|'));

export const TRIGGERS_EN = phraseRegex(forms(
  'invest|invests|invested|investing|investment|investments|investor|capital|fdi|reinvest|reinvests|reinvested|reinvesting',
  'pour|pours|poured|pouring|inject|injects|injected|injecting|channel|channelled|channeled|plough|ploughed|funnel|funnelled',
  'spend|spends|spent|spending|allocate|allocates|allocated|earmark|earmarks|earmarked|set aside|sets aside',
  'pledge|pledges|pledged|pledging|commit|commits|committed|commitment|commitments|promise|promises|promised',
  'fund|funds|funded|funding|finance|finances|financed|financing|loan|loans|lend|lends|lent|lending|credit',
  'grant|grants|granted|aid|oda|donate|donates|donated|donation|provide|provides|provided|providing|offer|offers|offered|sponsor|sponsored',
  'disburse|disburses|disbursed|disbursing|disbursement|raise|raises|raised|raising|mobilise|mobilize|mobilised|mobilized',
  'build|builds|built|building|construct|constructs|constructed|construction|develop|develops|developed|developing',
  'set up|sets up|setting up|establish|establishes|established|open|opens|opened|expand|expands|expanded|expansion|upgrade',
  'project|projects|plant|factory|facility|centre|center|deal|deals|contract|contracts|agreement|order|orders|worth|valued|value',
  'train|trains|trained|training|educate|educates|educated|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|employ|employs|employed',
  'create|creates|created|creating|generate|generates|generated|jobs|scholarship|scholarships',
  'target|targets|targeted|targeting|aim|aims|aimed|aiming|goal|trade|turnover|exports|imports|revenue|sales',
  'acquire|acquires|acquired|acquisition|buy|buys|bought|stake',
));

/** "X urged Y to invest …": who is asked is who would act; the one asking is recorded beside. */
export const REQUESTS_EN = phraseRegex(forms('urged|urges|urge|asked|asks|ask|called on|calls on|call on|invited|invites|invite|requested|requests|proposed|proposes|suggested|suggests|encouraged|encourages|encourage|wants|wanted|hoped|hopes|expects|expected|welcomed|welcomes'));

/** Licensing: "granted an investment certificate to X", "licensed X": the one licensed invests. */
export const LICENCES_EN = phraseRegex(forms(
  'investment certificate to|investment registration certificate to|investment licence to|investment license to|licence to|license to',
  'licensed|licenses|licences|approved the investment of|approved investment by|investment policy for',
));

const KIND_WORDS: Array<[PledgeKind, PhraseSet]> = [
  ['trade', phraseRegex(forms('trade|turnover|exports|export|imports|import|two-way trade|bilateral trade'))],
  ['contract', phraseRegex(forms('contract|contracts|order|orders|deal|deals|tender|procurement'))],
  ['aid', phraseRegex(forms('aid|oda|grant|grants|non-refundable|donation|donate|donated|donates|concessional|official development assistance|humanitarian'))],
  ['investment', phraseRegex(forms('invest|invests|invested|investing|investment|investments|capital|fdi|pour|poured|inject|injected|fund|funding|finance|financing|disburse|disbursed|stake|loan|loans'))],
];
const TRAINING = phraseRegex(forms('train|trains|trained|training|educate|educated|upskill|upskilling|scholarship|scholarships|courses|course|learners'));

/** What kind of pledge a clause states about an amount of `unit`. */
export function pledgeKindEn(clause: string, unit: string | null): PledgeKind {
  const money = unit === null || MONEY_UNITS.has(unit);
  if (!money && TRAINING.test(clause)) return 'training';
  for (const [kind, words] of KIND_WORDS) if (words.test(clause)) return money || kind === 'investment' ? kind : 'other';
  return 'other';
}

const STATUS_CUES: Array<[PledgeStatus, string[]]> = [
  ['cancelled', forms('cancelled|canceled|scrapped|withdrew|withdrawn|suspended|halted|abandoned|shelved|called off')],
  ['completed', forms('has invested|have invested|had invested|has poured|had poured|has spent|had spent|completed|inaugurated|opened|began operations|began operating|has built|had built|went into operation|put into operation|came into operation|has created|has trained|had trained|has provided|had provided|has disbursed|had disbursed|invested')],
  ['in_progress', forms('is investing|are investing|is building|are building|is constructing|under construction|is disbursing|has disbursed so far|is expanding|are expanding|is developing|is training|are training|is hiring|ongoing')],
  ['committed', forms('committed|commits|commit|pledged|pledges|pledge|signed|signs|sign|agreed|agrees|approved|licensed|granted|inked|sealed|promised|promises|vowed|vows|confirmed|decided|announced|announces|unveiled|will provide|has committed|awarded')],
  ['planned', forms('plans|plan|planned|planning|aims|aim|aimed|aiming|intends|intend|intended|will|would|expects to|is expected to|are expected to|expected to|is set to|are set to|set to|targets|target|targeting|is to|are to|seeks to|scheduled|slated|projected|envisages|to invest|to build|to open|to train|to hire|to create|to spend|is going to|are going to|hopes to|proposes to')],
  ['proposed', forms('proposed|proposes|propose|suggested|suggests|urged|urges|asked|called on|calls on|requested|recommended')],
  ['interest', forms('wants|want|wanted|interested|interest|considering|considers|consider|mulling|mulls|eyeing|eyes|exploring|explores|explore|looking to|studying|studies|may|might|could|hopes|hope|hoped|wishes|wish|keen|seeking|seeks')],
];
const STATUS_OF = new Map<string, PledgeStatus>();
for (const [status, cues] of STATUS_CUES) for (const cue of cues) if (!STATUS_OF.has(cue)) STATUS_OF.set(cue, status);
export const STATUS_EN = phraseRegex([...STATUS_OF.keys()]);

export function statusOfCueEn(cue: string): PledgeStatus | undefined {
  return STATUS_OF.get(cue) ?? STATUS_OF.get(cue.replace(/\s+/g, ' '));
}
