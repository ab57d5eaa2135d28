/**
 * Sentence templates in the style of the seed articles: visits, meetings, investment pledges with
 * Vietnamese amounts ("3 tỷ USD", "300 triệu USD"), training targets ("1.000 kỹ sư"), partnerships,
 * roles ("Giám đốc X Nguyễn Văn A"), dates ("ngày 18/9/2023"), plus filler and CMS boilerplate.
 */
import type { Person, Pools } from './pools.ts';
import type { Rng } from './prng.ts';

/** What one article is about: its actors and sectors recur through its sentences, as in real news. */
export interface Theme {
  rng: Rng;
  pools: Pools;
  year: number;
  company: string;
  companyPerson: Person;
  partner: string;
  ministry: string;
  officialPerson: Person;
  province: string;
  country: string;
  sectors: string[];
  introduced: Set<string>;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function money(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return `${rng.int(2, 95) * 10} triệu USD`;
  if (r < 0.8) return rng.chance(0.3) ? `${rng.int(1, 9)},${rng.int(1, 9)} tỷ USD` : `${rng.int(1, 12)} tỷ USD`;
  if (r < 0.95) return `${thousands(rng.int(5, 200) * 100)} tỷ đồng`;
  return `${rng.int(50, 900)} triệu EUR`;
}

function people(rng: Rng): string {
  return `${thousands(rng.pick([100, 200, 300, 500, 1000, 1500, 2000, 5000, 10000]))} ${rng.pick(['kỹ sư', 'chuyên gia', 'sinh viên', 'kỹ sư thiết kế chip', 'nhân lực'])}`;
}

function period(rng: Rng, year: number): string {
  const r = rng.next();
  if (r < 0.35) return ` trong ${rng.int(2, 10)} năm tới`;
  if (r < 0.65) {
    const start = year + rng.int(0, 2);
    return ` giai đoạn ${start} - ${start + rng.int(1, 5)}`;
  }
  if (r < 0.8) return ` đến năm ${year + rng.int(2, 10)}`;
  return '';
}

function day(rng: Rng, year: number, withYear: boolean): string {
  const d = `${rng.int(1, 28)}/${rng.int(1, 12)}`;
  return withYear ? `${d}/${year}` : d;
}

/** First mention: title + organisation + name; later: the short form. */
function personRef(t: Theme, p: Person): string {
  if (t.introduced.has(p.name)) return t.rng.chance(0.5) ? p.short : `${p.title} ${p.name}`;
  t.introduced.add(p.name);
  return `${p.title} ${p.org} ${p.name}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sector = (t: Theme) => t.rng.pick(t.sectors);
const someCompany = (t: Theme) => (t.rng.chance(0.7) ? t.company : t.rng.zipf(t.pools.foreignCompanies));
function twoCompanies(t: Theme): string {
  const a = someCompany(t);
  let b = t.rng.zipf(t.pools.foreignCompanies);
  for (let i = 0; b === a && i < 5; i++) b = t.rng.zipf(t.pools.foreignCompanies);
  return b === a ? a : `${a} và ${b}`;
}
const FACILITY_WORDS = ['nhà máy sản xuất chip', 'trung tâm dữ liệu', 'trung tâm nghiên cứu và phát triển', 'nhà máy linh kiện điện tử', 'nhà máy điện gió', 'khu phức hợp sản xuất'];
const INVEST_CUES = ['dự kiến', 'cam kết', 'sẽ', 'quan tâm và muốn', 'đã giải ngân', 'đang triển khai kế hoạch', 'đề xuất'];

/** Fact-bearing sentences. */
export const FACTS: ((t: Theme) => string)[] = [
  (t) => `${someCompany(t)} ${t.rng.pick(INVEST_CUES)} đầu tư ${t.rng.chance(0.3) ? 'thêm ' : ''}${money(t.rng)} vào lĩnh vực ${sector(t)} tại ${t.province}${period(t.rng, t.year)}.`,
  (t) => `${someCompany(t)} cam kết xây dựng ${t.rng.pick(FACILITY_WORDS)} với tổng vốn ${money(t.rng)} tại ${t.rng.zipf(t.pools.provinces)}.`,
  (t) => `${t.partner} đặt mục tiêu đào tạo ${people(t.rng)} trong lĩnh vực ${sector(t)} cho giai đoạn ${t.year} - ${t.year + t.rng.int(1, 5)}.`,
  (t) => `Ngày ${day(t.rng, t.year, true)}, ${personRef(t, t.officialPerson)} đã thăm ${someCompany(t)} tại ${t.rng.chance(0.5) ? t.province : t.country}.`,
  (t) => `${t.rng.pick(['Chiều', 'Sáng', 'Tối'])} ${day(t.rng, t.year, false)}, ${personRef(t, t.officialPerson)} gặp gỡ lãnh đạo ${twoCompanies(t)}.`,
  (t) => `${t.ministry} làm việc với ${someCompany(t)} về hợp tác trong lĩnh vực ${sector(t)} và ${sector(t)}.`,
  (t) => `${someCompany(t)} và ${t.partner} đã ký kết thỏa thuận hợp tác trong lĩnh vực ${sector(t)}.`,
  (t) => `${t.partner} hợp tác với ${someCompany(t)} để phát triển ${sector(t)} tại Việt Nam.`,
  (t) => `${personRef(t, t.companyPerson)} cho biết, ${t.companyPerson.org} sẽ tiếp tục mở rộng hoạt động ${sector(t)} tại Việt Nam.`,
  (t) => `${cap(personRef(t, t.officialPerson))} đề nghị ${someCompany(t)} sớm mở trung tâm R&D tại ${t.rng.pick(t.pools.facilities)}.`,
  (t) => `${cap(personRef(t, t.officialPerson))} đề nghị ${someCompany(t)} hỗ trợ ${t.rng.int(5, 50)} trường đại học hàng đầu Việt Nam trong đào tạo ${sector(t)}.`,
  (t) => `${t.rng.int(5, 40)} công ty ${t.country} đang quan tâm và muốn đầu tư vào Việt Nam, với số vốn lên tới ${money(t.rng)}.`,
  (t) => `Việt Nam và ${t.country} đặt mục tiêu kim ngạch thương mại song phương đạt ${t.rng.int(10, 200)} tỷ USD vào năm ${t.year + t.rng.int(2, 8)}.`,
  (t) => `${someCompany(t)} hiện có nhà máy tại ${t.rng.zipf(t.pools.provinces)} với hơn ${thousands(t.rng.int(1, 60) * 1000)} lao động.`,
  (t) => `${t.rng.zipf(t.pools.vnCompanies)} tập trung vào lĩnh vực ${sector(t)} và ${sector(t)}.`,
  (t) => `${t.rng.zipf(t.pools.vnCompanies)} và ${someCompany(t)} đã ký kết hợp đồng cung ứng linh kiện trị giá ${money(t.rng)}.`,
  (t) => `Đại diện ${someCompany(t)}, ${t.rng.zipf(t.pools.foreignCompanies)}, ${t.rng.zipf(t.pools.foreignCompanies)} cũng chia sẻ kế hoạch đầu tư, kinh doanh trong lĩnh vực ${sector(t)} tại Việt Nam.`,
  (t) => `Tại buổi làm việc, ${personRef(t, t.companyPerson)} khẳng định ${t.companyPerson.org} coi Việt Nam là cứ điểm sản xuất quan trọng trong lĩnh vực ${sector(t)}.`,
  (t) => `${t.rng.zipf(t.pools.universities)} và ${t.partner} đã ký kết biên bản ghi nhớ về đào tạo nhân lực ${sector(t)}.`,
  (t) => {
    const p = t.rng.zipf(t.pools.otherPeople, 0.9);
    return `${personRef(t, p)} cho rằng ${p.org} sẵn sàng hợp tác với ${someCompany(t)} trong lĩnh vực ${sector(t)}.`;
  },
  (t) => `${cap(personRef(t, t.officialPerson))} đánh giá cao sự hợp tác của ${someCompany(t)} trong lĩnh vực ${sector(t)}.`,
];

/** Sentences with no fact in them, as most of a real article is. */
export const FILLERS: ((t: Theme) => string)[] = [
  (t) => `Việt Nam đang đứng trước cơ hội lớn để phát triển ngành ${sector(t)}, thu hút các dự án có giá trị gia tăng cao.`,
  () => 'Các chính sách cần tiếp tục được sửa đổi để thu hút đầu tư nước ngoài có chọn lọc vào các ngành, lĩnh vực ưu tiên.',
  () => 'Cuộc họp đã tạo ra tiền đề để mở rộng quan hệ hợp tác giữa hai bên trong các lĩnh vực khác.',
  () => 'Hai bên đã trao đổi thẳng thắn để đưa ra những giải pháp cụ thể, làm căn cứ để thúc đẩy việc triển khai.',
  () => 'Đây không phải là vấn đề các doanh nghiệp có thể đi "một mình" nên việc tăng cường hợp tác vẫn là hướng đi đúng đắn.',
  (t) => `Theo các chuyên gia, nhu cầu nhân lực trong lĩnh vực ${sector(t)} sẽ tăng mạnh trong thời gian tới.`,
  () => 'Các đại biểu đề nghị cần cải thiện hơn nữa môi trường đầu tư, kinh doanh; tháo gỡ những vướng mắc về thủ tục hành chính.',
  () => 'Chính quyền cần hỗ trợ doanh nghiệp tốt và thực chất hơn, thiết lập những kênh liên lạc thuận tiện, rõ ràng và cụ thể hơn.',
  () => 'Kết quả đối thoại đã đáp ứng được mục tiêu thúc đẩy phát triển quan hệ hợp tác toàn diện.',
  (t) => `Năm ${t.year} được đánh giá là "cơ hội vàng" để tạo đột phá trong hợp tác về ${sector(t)}.`,
  () => 'Hạ tầng, nhân lực chất lượng cao vẫn là những điểm nghẽn cần sớm được tháo gỡ.',
  () => 'Việc các bên cùng lên tiếng và đưa ra giải pháp là cơ sở để từng bước tháo gỡ những khó khăn, vướng mắc của các nhà đầu tư.',
  () => 'Tất cả chúng ta phải cùng vào cuộc nhằm thúc đẩy lợi ích chung cao nhất cho cộng đồng doanh nghiệp.',
  () => 'Những hợp tác này sẽ càng hiệu quả khi Việt Nam đang nhận được sự chú ý của nhiều nhà đầu tư hàng đầu.',
  () => 'Trong thời gian tới, công tác này cần có những cải tiến để thu hút các dự án "nặng" về giá trị, tạo nhiều tác động tích cực đến môi trường, xã hội.',
  (t) => `Thứ ${t.rng.pick(['nhất', 'hai', 'ba'])}, củng cố các động lực tăng trưởng truyền thống, khai thác hiệu quả các động lực tăng trưởng mới.`,
];

const TITLES: ((t: Theme) => string)[] = [
  (t) => `${t.company} muốn mở rộng đầu tư ${t.sectors[0]} tại Việt Nam`,
  (t) => `${t.ministry} làm việc với ${t.company} về hợp tác ${t.sectors[0]}`,
  (t) => `Thúc đẩy hợp tác ${t.sectors[0]} giữa Việt Nam và ${t.country}`,
  (t) => `${t.partner} và ${t.company} hợp tác đào tạo nhân lực ${t.sectors[0]}`,
  (t) => `Doanh nghiệp ${t.country} tăng vốn vào ${t.sectors[0]}, ${t.sectors[1] ?? t.sectors[0]}`,
];

export const title = (t: Theme) => t.rng.pick(TITLES)(t);

const AUTHORS = ['Tuyết Nhung', 'Hải Long', 'Bảo Bảo', 'Minh Anh', 'Thu Hà', 'Quang Huy'];
const CATEGORIES = ['Xuất nhập khẩu', 'Kinh tế', 'Đầu tư', 'Công nghệ', 'Thời sự', 'Kinh tế - đầu tư - dự án'];

export function byline(t: Theme, published: string): string {
  const [y, m, d] = published.split('-');
  return `${t.rng.pick(AUTHORS)} ${d}/${m}/${y} ${String(t.rng.int(6, 22)).padStart(2, '0')}:${String(t.rng.int(0, 59)).padStart(2, '0')}`;
}

export function photoCaption(t: Theme): string {
  return `${cap(personRef(t, t.officialPerson))} tại buổi làm việc. Ảnh: ${t.rng.pick(['TTXVN', 'VGP', 'BCT', 'Tuấn Anh'])}`;
}

/** A related-articles block: headlines naming other actors, which the extractor must set aside. */
export function relatedBlock(t: Theme): string {
  const lines = [t.rng.pick(['Tin liên quan', 'Bài liên quan'])];
  const n = t.rng.int(3, 6);
  for (let i = 0; i < n; i++) {
    const other = t.rng.zipf(t.pools.foreignCompanies);
    lines.push(`${other} ${t.rng.pick(['rót thêm', 'cân nhắc đầu tư', 'mở rộng nhà máy với'])} ${money(t.rng)} tại ${t.rng.zipf(t.pools.provinces)}`);
    lines.push(`${String(t.rng.int(6, 22)).padStart(2, '0')}:${String(t.rng.int(0, 59)).padStart(2, '0')} | ${String(t.rng.int(1, 28)).padStart(2, '0')}/${String(t.rng.int(1, 12)).padStart(2, '0')}/${t.year} ${t.rng.pick(CATEGORIES)}`);
  }
  return lines.join('\n');
}

export function footer(t: Theme): string {
  return t.rng.pick([
    `(${t.rng.int(0, 30)}) Bình luận\nNổi bật\nĐừng bỏ lỡ\nMới nhất\nPOWERED BY ONECMS - A PRODUCT OF NEKO`,
    `${t.rng.pick(AUTHORS)} (t/h)`,
    `${t.rng.pick(AUTHORS)}`,
  ]);
}
