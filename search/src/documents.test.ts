import { describe, expect, it } from 'vitest';
import {
  MAX_FOLDED_NEEDS,
  MAX_NEEDS_TEXT,
  SEARCH_DOCUMENT_KEYS,
  redactContacts,
  toSearchDocument,
  type SearchableProfile,
} from './documents.js';

const contact = {
  email: 'hongnhung.jelly@gmail.com',
  phone: '+84 912 345 678',
  zalo: 'hongnhung-zalo-2024',
  website: 'https://thachdenhongnhung.vn/shop',
};

/** A profile in Hà Nội with only the fields a mapping test is about. */
const inHaNoi = (profile: Omit<SearchableProfile, 'province'>): SearchableProfile => ({ ...profile, province: 'ha-noi' });

function startupFullOfContacts(): SearchableProfile {
  // Extra top-level fields a store record may carry; the mapping must ignore them all.
  const stored = {
    id: 'st-1',
    kind: 'startup' as const,
    name: 'Thạch đen Hồng Nhung',
    headline: 'Gọi 0912.345.678 hoặc Zalo hongnhung-zalo-2024',
    about: `Email ${contact.email}, web ${contact.website}, www.hongnhung.com.vn. Doanh thu 1 000 000 000 đồng năm 2024.`,
    province: 'lang-son',
    commune: 'Tràng Định',
    sectors: ['food'],
    languages: ['vi'],
    verified: true,
    contact,
    email: 'owner@hongnhung.vn',
    phone: '0203 111 2222',
    zalo: 'owner-zalo',
    website: 'hongnhung.net',
    userId: 'user-secret-1',
    stage: 'early_revenue',
    products: [{ name: 'Thạch đen', description: 'Đặt hàng qua 0987654321' }],
    openNeeds: [{ category: 'standards', title: 'Cần mã vạch', description: 'liên hệ owner@hongnhung.vn' }],
  };
  return stored as SearchableProfile;
}

describe('toSearchDocument', () => {
  it('never includes contact data, wherever it was written', () => {
    const json = JSON.stringify(toSearchDocument(startupFullOfContacts()));
    for (const value of [
      contact.email,
      contact.phone,
      contact.zalo,
      contact.website,
      'thachdenhongnhung.vn',
      '0912.345.678',
      '912 345 678',
      'www.hongnhung.com.vn',
      'owner@hongnhung.vn',
      '0203 111 2222',
      'owner-zalo',
      'hongnhung.net',
      '0987654321',
      'user-secret-1',
    ]) {
      expect(json).not.toContain(value);
    }
    expect(json).not.toMatch(/"(contact|email|phone|zalo|website|userId)"/);
  });

  it('keeps ordinary numbers and text around redacted contacts', () => {
    const doc = toSearchDocument(startupFullOfContacts());
    expect(doc.about).toContain('1 000 000 000 đồng năm 2024');
    expect(doc.headline).toMatch(/^Gọi \[…\] hoặc Zalo \[…\]$/);
  });

  it('only has known keys', () => {
    const doc = toSearchDocument(startupFullOfContacts());
    for (const key of Object.keys(doc)) expect(SEARCH_DOCUMENT_KEYS).toContain(key);
  });

  it('maps need categories per kind and writes their labels into needLabels, not the highlighted needsText', () => {
    const expert = toSearchDocument(
      inHaNoi({ id: 'e', kind: 'expert', name: 'A', expertise: ['trademark', 'legal'], servesProvinces: ['ha-noi'], remote: true }),
    );
    expect(expert.need).toEqual(['trademark', 'legal']);
    expect(expert.needLabels).toContain('Đăng ký nhãn hiệu');
    expect(expert.needLabels).toContain('Trademark');
    expect(expert.needsText).toBe('');
    expect(expert.remote).toBe(true);
    expect(expert.servesProvinces).toEqual(['ha-noi']);

    const provider = (resource: { name: string; kind: string }) =>
      inHaNoi({ id: 'p', kind: 'provider', name: 'B', offerings: ['workspace'], resources: [resource] });
    const hall = toSearchDocument(provider({ name: 'Hội trường', kind: 'venue' }));
    expect(hall.need).toEqual(['workspace']);
    expect(hall.productsText).toContain('Hội trường');
    // A kind code is never text a highlight could show; its words are, when given.
    expect(hall.productsText).not.toContain('venue');
    const labelled = toSearchDocument(provider({ name: 'Tầng 2', kind: 'shared_office' }), {
      resourceKindLabel: (code) => (code === 'shared_office' ? 'Văn phòng chia sẻ · Shared office' : undefined),
    });
    expect(labelled.productsText).toBe('Tầng 2 · Văn phòng chia sẻ · Shared office');

    const startup = toSearchDocument(
      inHaNoi({
        id: 's',
        kind: 'startup',
        name: 'C',
        stage: 'idea',
        openNeeds: [
          { category: 'trademark', title: 'Bảo hộ logo' },
          { category: 'trademark', title: 'Nhãn hiệu tập thể' },
        ],
      }),
    );
    expect(startup.need).toEqual(['trademark']);
    expect(startup.needsText).toContain('Bảo hộ logo');
    expect(startup.stage).toBe('idea');

    const investor = toSearchDocument(inHaNoi({ id: 'i', kind: 'investor', name: 'D', investorType: 'angel', stages: ['prototype'] }));
    expect(investor.need).toEqual(['funding']);
    expect(investor.productsText).toContain('Nhà đầu tư thiên thần');
    expect(investor.stages).toEqual(['prototype']);
  });

  it('bounds what open needs add to a document, however many there are', () => {
    const startup = (n: number) =>
      toSearchDocument({
        id: 's',
        kind: 'startup',
        name: 'Mật ong',
        province: 'lang-son',
        openNeeds: Array.from({ length: n }, (_, i) => ({
          category: i % 2 ? 'trademark' : 'standards',
          title: `Nhu cầu số ${i}`,
          description: 'Mô tả dài '.repeat(400),
        })),
      });
    const size = (n: number) => JSON.stringify(startup(n)).length;
    expect(startup(1000).needsText.length).toBeLessThanOrEqual(MAX_NEEDS_TEXT);
    expect(startup(1000).needsText).not.toContain(`Nhu cầu số ${MAX_FOLDED_NEEDS}`);
    expect(startup(1000).need).toEqual(['standards', 'trademark']);
    // The same size for 50 needs as for 5 000: nothing grows with the count past the bound.
    expect(size(5000)).toBe(size(50));
    expect(size(5000)).toBeLessThan(MAX_NEEDS_TEXT + 2000);
  });

  it('normalises text to NFC, strips control characters and fills the region', () => {
    const doc = toSearchDocument(
      { id: 'x', kind: 'startup', name: 'Mật\u0002 ong'.normalize('NFD'), province: 'lang-son', commune: 'Chi Lăng' },
      { regionOf: (p) => (p === 'lang-son' ? 'trung-du-mien-nui-phia-bac' : undefined) },
    );
    expect(doc.name).toBe('Mật  ong');
    expect(doc.region).toBe('trung-du-mien-nui-phia-bac');
    expect(doc.placeText).toBe('Chi Lăng · lang son');
    expect(doc.verified).toBe(false);
  });
});

describe('redactContacts', () => {
  it('removes phones, e-mails, URLs and known values', () => {
    expect(redactContacts('gọi 0912 345 678 nhé')).toBe('gọi […] nhé');
    expect(redactContacts('mail a.b@c.vn')).toBe('mail […]');
    expect(redactContacts('xem https://x.vn/a?b=1')).toBe('xem […]');
    expect(redactContacts('zalo abc-xyz', ['abc-xyz'])).toBe('zalo […]');
    expect(redactContacts('năm 2024 bán 30 000 hộp')).toBe('năm 2024 bán 30 000 hộp');
  });
});
