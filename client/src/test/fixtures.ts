import type { Intro, Me, Message, Profile, Reference } from '../api/types.js';

export const reference: Reference = {
  provinces: [
    { code: 'lang-son', name: 'Lạng Sơn', region: 'Trung du và miền núi phía Bắc', legacyNames: [] },
    { code: 'ha-noi', name: 'Hà Nội', region: 'Đồng bằng sông Hồng', legacyNames: [] },
    { code: 'da-nang', name: 'Đà Nẵng', region: 'Bắc Trung Bộ và duyên hải miền Trung', legacyNames: ['quang-nam'] },
  ],
  needCategories: [
    { code: 'trademark', vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark & IP' },
    { code: 'standards', vi: 'Tiêu chuẩn, chất lượng, điều kiện lưu thông', en: 'Standards & market-circulation conditions' },
    { code: 'distribution', vi: 'Kết nối tiêu thụ, phân phối', en: 'Distribution & sales channels' },
  ],
  sectors: [{ code: 'agri-food', vi: 'Nông sản, thực phẩm', en: 'Agri-food' }],
  stages: ['idea', 'prototype', 'early_revenue', 'growth'],
};

export function startupProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p-startup',
    kind: 'startup',
    name: 'Mật ong chanh rừng Chi Lăng',
    headline: 'Mật ong từ hoa chanh rừng',
    about: '',
    province: 'lang-son',
    sectors: ['agri-food'],
    languages: ['vi'],
    verified: false,
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    stage: 'early_revenue',
    products: [],
    teamSize: 4,
    ...overrides,
  } as Profile;
}

export function expertProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p-expert',
    kind: 'expert',
    name: 'Nguyễn Thị Hà',
    headline: 'Đại diện sở hữu công nghiệp',
    about: '',
    province: 'ha-noi',
    sectors: [],
    languages: ['vi'],
    verified: true,
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    expertise: ['trademark'],
    capacity: 3,
    remote: true,
    servesProvinces: [],
    fee: 'pro_bono',
    ...overrides,
  } as Profile;
}

export function meAs(profile: Profile | null, role: Me['user']['role'] = profile?.kind ?? 'startup'): Me {
  return {
    user: {
      id: `u-${role}`,
      email: `${role}@example.vn`,
      role,
      name: 'Người dùng',
      province: 'lang-son',
      createdAt: '2025-09-01T00:00:00.000Z',
    },
    profile,
  };
}

export function intro(overrides: Partial<Intro> = {}): Intro {
  return {
    id: 'i-1',
    fromProfileId: 'p-startup',
    toProfileId: 'p-expert',
    message: 'Chúng tôi cần đăng ký nhãn hiệu cho mật ong.',
    status: 'pending',
    acceptedBy: [],
    history: [{ at: '2025-10-01T02:00:00.000Z', by: 'p-startup', from: null, to: 'pending' }],
    expiresAt: '2025-10-08T02:00:00.000Z',
    createdAt: '2025-10-01T02:00:00.000Z',
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'm-1',
    conversationId: 'c-1',
    senderId: 'p-expert',
    body: 'Chào anh chị',
    clientId: 'client-1',
    createdAt: '2025-10-01T03:00:00.000Z',
    ...overrides,
  };
}
