/** Name boundaries and kinds in Vietnamese text: each case is a rule of find-actors' passes. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';
import { article, TEST_GAZETTEER, testReference } from './test-reference.test-helper.ts';

const ref = testReference();

function actorsOf(text: string, reference = ref) {
  return extractArticle(article(text), reference).actors;
}

function names(text: string, reference = ref): string[] {
  return actorsOf(text, reference).map((a) => a.name);
}

describe('ministry fields and "và" inside names', () => {
  it('reads a minister whose field holds "và" without the word Bộ', () => {
    const actors = actorsOf('Buổi lễ có Bộ trưởng Kế hoạch và Đầu tư Trần Văn Nam tới dự.');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Trần Văn Nam');
    expect(actors.find((a) => a.id === 'mpi')).toBeDefined();
  });

  it('keeps "và" inside an association name when the next word only begins like a head', () => {
    const text = 'Ông Kim Dae-ho, Chủ tịch Hiệp hội Thương mại và Công nghiệp Hàn Quốc, phát biểu tại hội thảo.';
    expect(names(text)).toContain('Hiệp hội Thương mại và Công nghiệp Hàn Quốc');
  });
});

describe('universities and missions named by foreign words', () => {
  it('reads a university named by a Latin word or a known city', () => {
    const text = 'Đại học Purdue (Mỹ) và Đại học Tokyo ký thỏa thuận với Đại học Bách khoa.';
    const withTokyo = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'tokyo', name: 'Tokyo', kind: 'place', country: 'japan' }]));
    const actors = actorsOf(text, withTokyo);
    expect(actors.find((a) => a.name === 'Đại học Purdue')?.kind).toBe('university');
    expect(actors.find((a) => a.name === 'Đại học Tokyo')?.kind).toBe('university');
    expect(actors.map((a) => a.name)).not.toContain('Tokyo');
  });

  it('takes a host city the gazetteer lacks as a place of its own, and the consul after it', () => {
    const text = 'Đại diện Tổng Lãnh sự quán Việt Nam tại Osaka nói vậy. Tổng Lãnh sự Việt Nam tại Osaka Ngô Thị Lan cho biết chương trình sẽ mở rộng.';
    const actors = actorsOf(text);
    expect(actors.find((a) => a.kind === 'government')?.name).toBe('Tổng Lãnh sự quán Việt Nam tại Osaka');
    expect(actors.find((a) => a.name === 'Osaka')?.kind).toBe('place');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Ngô Thị Lan');
  });
});

describe('words of a name are not verbs', () => {
  it('does not read a pledge verb inside a person\'s name ("chi" in "Vũ Chi Mai")', () => {
    const text = 'Tập đoàn Samsung khai trương nhà máy mới. Tổng Lãnh sự Việt Nam tại Hàn Quốc Vũ Chi Mai cho biết mục tiêu đào tạo 5.000 kỹ sư.';
    const pledges = extractArticle(article(text), ref).pledges;
    expect(pledges.map((p) => p.by)).not.toContain('samsung-group');
  });
});

describe('what a company cue does not make a brand', () => {
  it('leaves a legal form alone and finds the known unit the legal name leads to', () => {
    const withUnit = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'hyosung-vina', name: 'Hyosung Vina', kind: 'facility', country: 'vietnam' }]));
    const actors = actorsOf('Công ty TNHH Hyosung Vina (Hàn Quốc) khánh thành nhà máy mới.', withUnit);
    expect(actors.map((a) => a.name)).not.toContain('TNHH');
    expect(actors.find((a) => a.id === 'hyosung-vina')?.aliases).toContain('Công ty TNHH Hyosung Vina');
  });

  it('reads "các công ty X" right after a quantifier as a class of firms', () => {
    expect(names('Khu này thu hút các công ty SaaS và nhiều hãng Fintech toàn cầu.')).toEqual([]);
    expect(names('Khu này thu hút các công ty như Qualcomm.')).toEqual(['Qualcomm']);
  });

  it('lists brands after "các đối tác:"', () => {
    expect(names('Chương trình có sự phối hợp của các đối tác: Brightlane, Samsung.')).toEqual(expect.arrayContaining(['Brightlane', 'Samsung']));
  });

  it('does not read a language as its country', () => {
    expect(names('Sinh viên học tiếng Nhật và tiếng Hàn Quốc tại Hà Nội.')).toEqual(['Hà Nội']);
  });
});

describe('names written again, numbered parks and listed companies', () => {
  it('finds a local unit again when its bracketed place is repeated', () => {
    const text = 'Công ty TNHH Brightlane - Tech (Hà Nội) vừa nhận giấy phép. Sau đó, Brightlane - Tech (Hà Nội) tuyển 200 kỹ sư.';
    const unit = actorsOf(text).find((a) => a.name.includes('Brightlane'));
    expect(unit?.mentions.map((m) => m.quote)).toEqual(['Công ty TNHH Brightlane - Tech (Hà Nội)', 'Brightlane - Tech (Hà Nội)']);
  });

  it('reads a known park with a phase number as that phase, and the short writing as the same phase', () => {
    const parks = Gazetteer.parse([...TEST_GAZETTEER, { id: 'kcn-que-vo', name: 'Khu công nghiệp Quế Võ', kind: 'place', country: 'vietnam' }]);
    const text = 'Nhà máy đặt tại Khu công nghiệp Quế Võ III-B. Lễ khởi công ở Khu công nghiệp Quế Võ III diễn ra hôm qua.';
    const actors = actorsOf(text, testReference(parks));
    const phase = actors.filter((a) => a.kind === 'place');
    expect(phase.map((a) => a.name)).toEqual(['Khu công nghiệp Quế Võ III-B']);
    expect(phase[0]?.mentions).toHaveLength(2);
  });

  it('takes the name before a stock ticker as a listed company, with the ticker as alias', () => {
    const actors = actorsOf('Dự án do Phát triển Đô thị Sông Hồng (HoSE: SHR) làm chủ đầu tư.');
    const company = actors.find((a) => a.kind === 'company');
    expect(company?.name).toBe('Phát triển Đô thị Sông Hồng');
    expect(company?.aliases).toContain('SHR');
  });
});

describe('posts before a unit written in capitals or an acronym', () => {
  const withRegion = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'asia-pacific', name: 'Châu Á - Thái Bình Dương', kind: 'place', aliases: ['APAC'], caseSensitive: ['APAC'] }]));

  it('reads a company\'s regional unit in capitals after a post, and the person after it', () => {
    const actors = actorsOf('Buổi làm việc có Giám đốc Samsung APAC NORTH Kevin Park và các chuyên gia.', withRegion);
    expect(actors.find((a) => a.kind === 'company' && a.name !== 'Samsung')?.name).toBe('Samsung APAC NORTH');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Kevin Park');
  });

  it('reads an acronym between a post and a name as the body the post is in', () => {
    const actors = actorsOf('Buổi làm việc có Phó Giám đốc SRDC Maria Lopez.');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Maria Lopez');
    expect(actors.find((a) => a.name === 'SRDC')?.kind).toBe('organization');
  });

  it('does not read an event named after a company as another company', () => {
    const found = names('Nvidia chọn Hà Nội tổ chức sự kiện NVIDIA AI Summit năm nay.');
    expect(found).toEqual(['Nvidia', 'Hà Nội']);
  });
});

describe('people named with syllables that are also countries, after bodies, and in pairs', () => {
  it('keeps a country short name inside a Vietnamese name', () => {
    const actors = actorsOf('Dự lễ có Thứ trưởng Trần Mỹ Linh và đại diện doanh nghiệp Mỹ.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Trần Mỹ Linh']);
    // The country named on its own is still the country.
    expect(actors.find((a) => a.id === 'united-states')?.aliases).not.toContain('Trần Mỹ Linh');
  });

  it('reads the name after a body narrowed by its country', () => {
    const c = extractArticle(article('Bộ trưởng Bộ Kế hoạch và Đầu tư Việt Nam Trần Văn Nam phát biểu.'), ref);
    expect(c.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Trần Văn Nam']);
    expect(c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.to)).toEqual(['mpi']);
  });

  it('reads a name after a post whose place is written generically', () => {
    expect(names('Có mặt tại lễ có Phó Chủ tịch thành phố Lê Văn Tâm.')).toContain('Lê Văn Tâm');
  });

  it('gives a second full name after "và" the same post', () => {
    const c = extractArticle(article('Dự lễ có Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Nam và Lê Thị Hoa.'), ref);
    const person = (id: string) => c.actors.find((a) => a.id === id)?.name;
    const held = c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [person(r.from), r.to, r.role]);
    expect(held).toHaveLength(2);
    expect(held).toEqual(expect.arrayContaining([['Trần Văn Nam', 'mpi', 'Thứ trưởng'], ['Lê Thị Hoa', 'mpi', 'Thứ trưởng']]));
    // A second name that has its own post keeps it.
    const own = extractArticle(article('Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Nam và Chủ tịch Tập đoàn FPT Lê Văn Hải dự lễ.'), ref);
    expect(own.relations.filter((r) => r.type === 'HOLDS_ROLE' && r.to === 'mpi')).toHaveLength(1);
  });
});

describe('"và" in a company\'s legal name', () => {
  it('keeps "và" between lines of business, not between two companies', () => {
    const found = names('Công ty Cổ phần Đầu tư và Phát triển Sao Mai ký hợp đồng với Công ty Minh Long và Công ty Hải Hà.');
    expect(found).toEqual(expect.arrayContaining(['Công ty Cổ phần Đầu tư và Phát triển Sao Mai', 'Công ty Minh Long', 'Công ty Hải Hà']));
    expect(found).not.toContain('Công ty Minh Long và Công ty Hải Hà');
  });
});

describe('a short name in brackets after a body', () => {
  it('makes the bracketed short name, wherever it is used, the same actor', () => {
    const actors = actorsOf('Tập đoàn Bình Minh đề xuất dự án. Công ty TNHH Tập đoàn Khoa học Công nghệ Bình Minh Quốc tế (Tập đoàn Bình Minh) đã ký kết.');
    const companies = actors.filter((a) => a.kind === 'company');
    expect(companies).toHaveLength(1);
    expect(companies[0]!.aliases).toEqual(expect.arrayContaining(['Tập đoàn Bình Minh']));
  });
});

describe('posts with qualifiers, academic degrees and dash appositives', () => {
  const held = (text: string) => {
    const c = extractArticle(article(text), ref);
    const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
    return c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [name(r.from), name(r.to), r.role]);
  };

  it('reads a qualified post in an appositive ("Tổng giám đốc điều hành", "Phó Chủ tịch cấp cao")', () => {
    expect(held('Dự lễ có ông Kim Min-ho, Tổng giám đốc điều hành Tập đoàn Hyosung.')).toEqual([['Kim Min-ho', 'Hyosung', 'Tổng giám đốc điều hành']]);
    expect(held('Ông Peter Holm, Phó Chủ tịch cấp cao Tập đoàn Nvidia, phát biểu.')).toEqual([['Peter Holm', 'Nvidia', 'Phó Chủ tịch cấp cao']]);
  });

  it('reads a post after a spaced dash', () => {
    expect(held('Dự lễ có ông Kim Min-ho – Chủ tịch Tập đoàn Hyosung.')).toEqual([['Kim Min-ho', 'Hyosung', 'Chủ tịch']]);
  });

  it('reads a name after an academic degree', () => {
    expect(names('PGS.TS Trần Văn Nam phát biểu tại hội thảo.')).toContain('Trần Văn Nam');
  });
});

describe('brands told by an appositive, Vietnamese names with an English company word, short brands', () => {
  it('reads a brand followed by "- tập đoàn …" as a company, and finds it again where nothing said so', () => {
    const c = extractArticle(article('Tiêu đề\nQ77, Hyosung và Nvidia ký thỏa thuận. Q77 - tập đoàn công nghệ có trụ sở tại Hà Nội, cho biết.'), ref);
    const q = c.actors.find((a) => a.name === 'Q77');
    expect(q?.kind).toBe('company');
    expect(c.relations.some((r) => r.type === 'PARTNERS_WITH' && [r.from, r.to].includes(q!.id) && [r.from, r.to].includes('hyosung'))).toBe(true);
  });

  it('reads Vietnamese words closed by "Group" as a company', () => {
    expect(actorsOf('Tiêu đề\nHyosung và Sao Mai Group ký thỏa thuận hợp tác.').find((a) => a.name === 'Sao Mai Group')?.kind).toBe('company');
  });

  it('makes a one-word brand that is a word of a longer company name found in the article that company', () => {
    const text = 'Tiêu đề\nTập đoàn Wuxi Hongda Precision Optics Co., Ltd đầu tư vào Hà Nội. Ông Chen, CEO Tập đoàn Hongda cho biết tập đoàn sẽ mở rộng.';
    expect(actorsOf(text).filter((a) => a.kind === 'company').map((a) => a.name)).toEqual(['Wuxi Hongda Precision Optics']);
  });
});

describe('sites and events are not actors', () => {
  it('names no actor for a data centre or a forum', () => {
    const found = names('Tiêu đề\nTrung tâm dữ liệu Sao Mai được khởi công tại Hà Nội. Diễn đàn Đối tác Việt - Hàn diễn ra tại Hà Nội.');
    expect(found.some((n) => /Trung tâm dữ liệu|Diễn đàn/u.test(n))).toBe(false);
    expect(found).toContain('Hà Nội');
  });

  it('names no actor for an English forum', () => {
    const c = extractArticle({ ...article('Headline\nThe Vietnam-Korea Economic Forum opened in Hanoi with Hyosung.'), language: 'en' }, ref);
    expect(c.actors.some((a) => /Forum/u.test(a.name))).toBe(false);
  });
});

describe('a province\'s Party committee', () => {
  it('reads "Tỉnh ủy <province>" as a body, and the post held in it', () => {
    const c = extractArticle(article('Tiêu đề\nÔng Trần Văn Nam, Bí thư Tỉnh ủy Hà Nội, phát biểu.'), ref);
    const body = c.actors.find((a) => a.name === 'Tỉnh ủy Hà Nội');
    expect(body?.kind).toBe('government');
    expect(c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.to, r.role])).toEqual([[body!.id, 'Bí thư']]);
  });
});
