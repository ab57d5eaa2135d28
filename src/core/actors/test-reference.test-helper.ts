/** A small hand-made Reference for unit tests: enough countries, places and firms to read test sentences. */
import type { RawArticle } from '../read/raw-article.ts';
import { Gazetteer, SectorVocabulary, type Reference } from '../reference.ts';

export const TEST_GAZETTEER = Gazetteer.parse([
  { id: 'vietnam', name: 'Việt Nam', kind: 'country', aliases: ['Vietnam'] },
  { id: 'south-korea', name: 'Hàn Quốc', kind: 'country', aliases: ['South Korea'] },
  { id: 'united-states', name: 'Hoa Kỳ', kind: 'country', aliases: ['Mỹ', 'United States'], caseSensitive: ['US'] },
  { id: 'japan', name: 'Nhật Bản', kind: 'country', aliases: ['Japan'] },
  { id: 'laos', name: 'Lào', kind: 'country', aliases: ['Laos'] },
  { id: 'ho-chi-minh-city', name: 'Thành phố Hồ Chí Minh', kind: 'place', aliases: ['TPHCM', 'TP.HCM'], country: 'vietnam', partOf: 'vietnam' },
  { id: 'hanoi', name: 'Hà Nội', kind: 'place', aliases: ['Hanoi'], country: 'vietnam', partOf: 'vietnam' },
  { id: 'silicon-valley', name: 'Thung lũng Silicon', kind: 'place', aliases: ['Silicon Valley'], country: 'united-states' },
  { id: 'california', name: 'California', kind: 'place', country: 'united-states' },
  { id: 'mpi', name: 'Bộ Kế hoạch và Đầu tư', kind: 'government', aliases: ['MPI'], country: 'vietnam' },
  { id: 'mofa', name: 'Bộ Ngoại giao', kind: 'government', country: 'vietnam' },
  { id: 'lg-group', name: 'LG', kind: 'company', country: 'south-korea', caseSensitive: ['LG'] },
  { id: 'lg-display', name: 'LG Display', kind: 'company', country: 'south-korea', partOf: 'lg-group' },
  { id: 'samsung-group', name: 'Samsung', kind: 'company', aliases: ['Tập đoàn Samsung'], country: 'south-korea' },
  { id: 'samsung-electronics', name: 'Samsung Electronics', kind: 'company', country: 'south-korea', partOf: 'samsung-group' },
  { id: 'hyosung', name: 'Hyosung', kind: 'company', country: 'south-korea' },
  { id: 'nvidia', name: 'Nvidia', kind: 'company', aliases: ['NVIDIA'], country: 'united-states' },
  { id: 'arm', name: 'Arm', kind: 'company', aliases: ['ARM'], country: 'united-states' },
]);

export const TEST_SECTORS = SectorVocabulary.parse([
  { id: 'high-tech', name: 'High technology', nameVi: 'Công nghệ cao', keywords: { vi: ['công nghệ cao'], en: ['high-tech'] } },
  { id: 'semiconductors', name: 'Semiconductors', nameVi: 'Bán dẫn', parent: 'high-tech', headline: true, keywords: { vi: ['bán dẫn', 'vi mạch'], en: ['semiconductor'] } },
  { id: 'chip-design', name: 'Chip design', nameVi: 'Thiết kế chip', parent: 'semiconductors', keywords: { vi: ['thiết kế chip'], en: ['chip design'] } },
  { id: 'ai', name: 'Artificial intelligence', nameVi: 'Trí tuệ nhân tạo', parent: 'high-tech', headline: true, keywords: { vi: ['trí tuệ nhân tạo'], en: ['AI'] } },
  { id: 'data-centers', name: 'Data centres', nameVi: 'Trung tâm dữ liệu', headline: true, keywords: { vi: ['trung tâm dữ liệu'], en: ['data center'] } },
]);

export function testReference(gazetteer = TEST_GAZETTEER): Reference {
  return { gazetteer, sectors: TEST_SECTORS, merges: [] };
}

export function article(text: string, published: string | null = '2024-06-26'): RawArticle {
  return { file: null, title: text.split('\n')[0] ?? '', text, published, outlet: null, url: null, language: 'vi' };
}
