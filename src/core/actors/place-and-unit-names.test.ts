import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { article, testReference } from './test-reference.test-helper.ts';

const ref = testReference();
const claimsOf = (text: string) => extractArticle(article(text), ref);
const names = (text: string) => claimsOf(text).actors.map((a) => a.name);
const aliases = (text: string) => claimsOf(text).actors.flatMap((a) => a.aliases);

describe('places named by their administrative unit', () => {
  it('reads "huyện X", "xã X", "đặc khu X" as places the gazetteer lacks', () => {
    const found = names('Tiêu đề\nNhà máy mới nằm ở xã Hòa Khánh, huyện Đức Linh. Tuyến tàu ra đặc khu Phú Quý đã mở.');
    expect(found).toEqual(expect.arrayContaining(['Hòa Khánh', 'Đức Linh', 'Phú Quý']));
  });

  it('does not read a person after a unit word as a place', () => {
    expect(names('Tiêu đề\nChủ tịch xã Nguyễn Văn Bình cho biết dự án sẽ khởi công.')).not.toContain('Nguyễn Văn Bình');
  });
});

describe('parks and companies with longer names', () => {
  it('keeps a park number and a known company inside a park name', () => {
    const found = names('Tiêu đề\nDự án đặt tại Khu công nghiệp VSIP Hải Phòng II và KCN Đình Vũ - Cát Hải do Deep C làm chủ đầu tư.');
    expect(found).toEqual(expect.arrayContaining(['Khu công nghiệp VSIP Hải Phòng II', 'KCN Đình Vũ - Cát Hải']));
  });

  it('reads a company whose descriptor comes before the brand as one company', () => {
    expect(aliases('Tiêu đề\nCông ty TNHH Điện Tử Thông Minh Foxconn Vina vừa được cấp phép.'))
      .toContain('Công ty TNHH Điện Tử Thông Minh Foxconn Vina');
  });

  it('reads "(Việt Nam)" or a province in brackets after a company as its local unit', () => {
    const found = aliases('Tiêu đề\nTập đoàn Pegatron rót vốn cho Công ty TNHH Kỹ thuật Pegatron (Việt Nam) và Công ty TNHH Quanta - Tech (Hà Nội).');
    expect(found).toEqual(expect.arrayContaining(['Công ty TNHH Kỹ thuật Pegatron (Việt Nam)', 'Quanta - Tech (Hà Nội)']));
  });

  it('does not call a park a plant: "Nhà máy …" never points back at a park', () => {
    const rels = claimsOf('Tiêu đề\nLễ khởi công diễn ra tại Khu công nghiệp Quế Võ. Nhà máy đặt tại Khu công nghiệp Thuận Thành.').relations;
    expect(rels.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
  });
});

describe('Latin-script company names without a cue', () => {
  it('reads a run of Latin words holding an English company word as one company', () => {
    const found = names('Tiêu đề\nGreenway Power Solutions và Mekong Delta Capital Partners vừa ra mắt.');
    expect(found).toEqual(expect.arrayContaining(['Greenway Power Solutions', 'Mekong Delta Capital Partners']));
  });

  it('keeps an English "Vietnam" and a web suffix inside the name', () => {
    const found = names('Tiêu đề\nBluestone Vietnam, Datamind.ai và liên doanh Vietnam Cloud Hub công bố kế hoạch mới.');
    expect(found).toEqual(expect.arrayContaining(['Bluestone Vietnam', 'Datamind.ai', 'Vietnam Cloud Hub']));
  });

  it('takes a nationality between the cue and the name, and the acronym after it', () => {
    const found = claimsOf('Tiêu đề\nNhà đầu tư Hàn Quốc Bluemoon Tech vừa đến. Ông Kim, đứng đầu quỹ Orchid Ridge Management (ORM), cho biết.').actors;
    expect(found.map((a) => a.name)).toEqual(expect.arrayContaining(['Bluemoon Tech', 'Orchid Ridge Management']));
    expect(found.find((a) => a.name === 'Orchid Ridge Management')?.aliases).toContain('ORM');
  });
});
