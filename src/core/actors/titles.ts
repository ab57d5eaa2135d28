/**
 * Titles that introduce a person ("Bộ trưởng Nguyễn Chí Dũng", "ông Jensen Huang"), with what the
 * title says about the person's organisation when the text names none.
 */
import { foldText } from '../text/fold.ts';
import { addPhrase, createTrie, type Trie } from './phrase-trie.ts';
import { phraseKeys } from './tokenize.ts';

/** honorific: ông/bà; leader: heads of state or government (their country by default);
 *  minister: may be followed by a ministry's domain ("Thứ trưởng Ngoại giao"); office: any other post. */
export type TitleLevel = 'honorific' | 'leader' | 'minister' | 'office';

export interface Title {
  form: string;
  level: TitleLevel;
}

const TITLES: Title[] = [
  // Academic degrees written before a name ("PGS.TS Vũ Hải Quân", "TS Nguyễn Văn A") are courtesy titles.
  ...['ông', 'bà', 'ngài', 'tiến sĩ', 'giáo sư', 'phó giáo sư', 'mr', 'ms', 'mrs', 'dr', 'pgs.ts', 'gs.ts', 'gs.tskh', 'pgs',
    'gs', 'ts', 'ths', 'tskh', 'pgs. ts', 'gs. ts']
    .map((form) => ({ form, level: 'honorific' as const })),
  ...['thủ tướng', 'phó thủ tướng', 'tổng bí thư', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch quốc hội',
    'phó chủ tịch quốc hội', 'tổng thống', 'phó tổng thống', 'quốc vương', 'nhà vua', 'thủ tướng chính phủ']
    .map((form) => ({ form, level: 'leader' as const })),
  ...['bộ trưởng', 'thứ trưởng', 'thứ trưởng thường trực', 'quyền bộ trưởng']
    .map((form) => ({ form, level: 'minister' as const })),
  ...['chủ tịch', 'phó chủ tịch', 'giám đốc', 'tổng giám đốc', 'phó giám đốc', 'phó tổng giám đốc',
    'giám đốc điều hành', 'giám đốc quốc gia', 'vụ trưởng', 'phó vụ trưởng', 'cục trưởng', 'phó cục trưởng',
    'viện trưởng', 'phó viện trưởng', 'hiệu trưởng', 'phó hiệu trưởng', 'trưởng ban', 'phó trưởng ban', 'phó trưởng',
    'trưởng đại diện', 'nhà sáng lập', 'người sáng lập', 'đồng sáng lập', 'ceo', 'chủ nhiệm', 'bí thư',
    'phó bí thư', 'thống đốc', 'phó thống đốc', 'tổng thư ký', 'thị trưởng', 'đại sứ', 'tổng lãnh sự',
    'lãnh sự', 'đại biện', 'trưởng phòng', 'chủ tịch hội đồng quản trị', 'phó chủ tịch thường trực',
    'giám đốc sở', 'tổng cục trưởng', 'chánh văn phòng', 'phát ngôn viên', 'đại diện',
    // Qualified posts: "Tổng giám đốc điều hành", "Phó Chủ tịch cấp cao", "Quyền Tổng Lãnh sự".
    'tổng giám đốc điều hành', 'phó tổng giám đốc điều hành', 'chủ tịch điều hành', 'phó chủ tịch điều hành',
    'phó chủ tịch cấp cao', 'giám đốc cấp cao', 'giám đốc điều hành cấp cao', 'quyền tổng lãnh sự', 'phó tổng lãnh sự',
    'phó tổng cục trưởng', 'vụ phó', 'cao ủy', 'ủy viên']
    .map((form) => ({ form, level: 'office' as const })),
];

// Built when the module loads, so its words have ids before any article is tokenized.
const trie: Trie<Title> = createTrie<Title>();
for (const title of TITLES) addPhrase(trie, phraseKeys(foldText(title.form)), title);

export function titleTrie(): Trie<Title> {
  return trie;
}
