/**
 * Vietnamese organisation heads: the word a name starts with, and the kind it gives. Lower-case
 * forms with diacritics; a head must match them diacritic for diacritic ("Trường", not "Trưởng").
 */
import type { ActorKind } from '../claims.ts';
import { foldText } from '../text/fold.ts';
import { addPhrase, createTrie, type Trie } from './phrase-trie.ts';
import { phraseKeys } from './tokenize.ts';

/** company: a Latin brand may follow after a lower-case descriptor ("Tập đoàn công nghệ Nvidia").
 *  open: a lower-case descriptor may end in a place or acronym ("Mạng lưới đổi mới sáng tạo Việt Nam").
 *  mission: takes a country and "tại <place>" ("Đại sứ quán Việt Nam tại Lào").
 *  none: a longer head that names no actor ("Trung tâm dữ liệu …" is a site, "Diễn đàn …" an event). */
export type HeadClass = 'company' | 'closed' | 'open' | 'mission' | 'none';

export interface OrgHead {
  form: string;
  kind: ActorKind;
  cls: HeadClass;
}

const HEADS: OrgHead[] = [
  ...['tập đoàn', 'công ty', 'tổng công ty', 'hãng', 'ngân hàng', 'công ty cổ phần', 'công ty tnhh', 'liên doanh']
    .map((form) => ({ form, kind: 'company' as const, cls: 'company' as const })),
  ...['bộ', 'sở', 'ủy ban', 'uỷ ban', 'cục', 'tổng cục', 'vụ', 'văn phòng', 'thương vụ', 'chính phủ', 'tòa án', 'kiểm toán']
    .map((form) => ({ form, kind: 'government' as const, cls: 'closed' as const })),
  ...['ban', 'cơ quan']
    .map((form) => ({ form, kind: 'government' as const, cls: 'open' as const })),
  ...['đại sứ quán', 'tổng lãnh sự quán', 'lãnh sự quán', 'phái đoàn thường trực']
    .map((form) => ({ form, kind: 'government' as const, cls: 'mission' as const })),
  // A data centre is a project or site, a forum an event: the gold names neither as an actor (a known forum, WEF, is in the gazetteer).
  ...['trung tâm dữ liệu', 'diễn đàn']
    .map((form) => ({ form, kind: 'organization' as const, cls: 'none' as const })),
  ...['trung tâm', 'quỹ', 'hiệp hội', 'mạng lưới', 'liên minh', 'hội đồng', 'tổ chức', 'câu lạc bộ', 'liên đoàn', 'phòng thương mại']
    .map((form) => ({ form, kind: 'organization' as const, cls: 'open' as const })),
  { form: 'hội', kind: 'organization', cls: 'closed' },
  ...['viện', 'học viện', 'trường đại học', 'đại học', 'trường', 'viện hàn lâm']
    .map((form) => ({ form, kind: 'university' as const, cls: 'open' as const })),
  ...['nhà máy', 'khu công nghệ cao', 'khu công nghiệp', 'công viên phần mềm', 'tổ hợp', 'khu kinh tế', 'kcn', 'khu chế xuất', 'cụm công nghiệp']
    .map((form) => ({ form, kind: 'facility' as const, cls: 'closed' as const })),
];

// Built when the module loads, so its words have ids before any article is tokenized.
const trie: Trie<OrgHead> = createTrie<OrgHead>();
for (const head of HEADS) addPhrase(trie, phraseKeys(foldText(head.form)), head);

export function orgHeadTrie(): Trie<OrgHead> {
  return trie;
}
