// Realistic profile bodies and a helper that signs up a user with a profile, over HTTP.
import type { TestApp } from './testApp.js';
import type { TestClient } from './testClient.js';

type Body = Record<string, unknown>;

export const profileBodies = {
  startup: (o: Body = {}): Body => ({
    name: 'Mật ong chanh rừng Chi Lăng',
    headline: 'Mật ong hoa chanh rừng của đồng bào Chi Lăng',
    about: 'Tổ hợp tác nuôi ong lấy mật từ hoa chanh rừng ở xã Chi Lăng, Lạng Sơn.',
    province: 'lang-son',
    commune: 'Chi Lăng',
    sectors: ['agri_food_ocop'],
    stage: 'early_revenue',
    products: [{ name: 'Mật ong chanh rừng', description: 'Chai 500 ml' }],
    teamSize: 5,
    contact: { email: 'matong@example.vn', phone: '0912 345 678' },
    ...o,
  }),
  expert: (o: Body = {}): Body => ({
    name: 'Luật sư Trần Văn Bình',
    headline: 'Đại diện sở hữu công nghiệp — đăng ký nhãn hiệu',
    about: 'Hơn 10 năm đăng ký nhãn hiệu, chỉ dẫn địa lý cho sản phẩm OCOP.',
    province: 'ha-noi',
    sectors: ['agri_food_ocop'],
    expertise: ['trademark', 'legal'],
    capacity: 3,
    remote: true,
    servesProvinces: ['lang-son'],
    fee: 'pro_bono',
    contact: { email: 'binh.ip@example.vn', phone: '0987 654 321', zalo: '0987654321' },
    ...o,
  }),
  investor: (o: Body = {}): Body => ({
    name: 'CLB Đầu tư và Khởi nghiệp Lạng Sơn',
    headline: 'Nhà đầu tư thiên thần cho dự án nông nghiệp',
    province: 'lang-son',
    sectors: ['agri_food_ocop'],
    investorType: 'angel',
    ticket: { min: 100_000_000, max: 1_000_000_000 },
    stages: ['prototype', 'early_revenue'],
    contact: { email: 'clb@example.vn' },
    ...o,
  }),
  provider: (o: Body = {}): Body => ({
    name: 'Không gian làm việc chung Sở KH&CN Lạng Sơn',
    headline: 'Hội trường, thư viện và văn phòng chia sẻ',
    province: 'lang-son',
    offerings: ['workspace', 'training'],
    resources: [
      { name: 'Hội trường', kind: 'hall', capacity: 120 },
      { name: 'Văn phòng chia sẻ', kind: 'shared_office', capacity: 20 },
    ],
    contact: { phone: '0205 3870 000' },
    ...o,
  }),
};

export type Kind = keyof typeof profileBodies;

export interface Member {
  client: TestClient;
  user: { id: string; email: string; role: string; province: string; password: string };
  profile: Record<string, any>;
}

/** Register a user of `kind` and create their profile. */
export async function member(t: TestApp, kind: Kind, profile: Body = {}, account: Body = {}): Promise<Member> {
  const client = t.client();
  const user = await client.register({ role: kind, province: (profile.province as string) ?? 'lang-son', ...account });
  const res = await client.put('/api/profiles/me', profileBodies[kind](profile));
  if (res.status !== 201) throw new Error(`profile failed: ${res.status} ${res.text}`);
  return { client, user, profile: res.body };
}

/** `from` asks `to` for an intro and `to` accepts it; returns the conversation that opens. */
export async function openConversation(from: Member, to: Member, message = 'Xin chào'): Promise<string> {
  const intro = (await from.client.post('/api/intros', { toProfileId: to.profile.id, message })).body;
  return (await to.client.post(`/api/intros/${intro.id}/accept`)).body.conversationId as string;
}

/** Every item id of a cursor-paged list, following `nextCursor` in `param`; also each page's size. */
export async function readAllPages(
  client: TestClient,
  path: string,
  param: 'cursor' | 'before' = 'cursor',
): Promise<{ ids: string[]; pageSizes: number[] }> {
  const ids: string[] = [];
  const pageSizes: number[] = [];
  let cursor: string | null = null;
  do {
    const url: string = cursor ? `${path}${path.includes('?') ? '&' : '?'}${param}=${cursor}` : path;
    const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await client.get(url);
    ids.push(...page.body.items.map((i) => i.id));
    pageSizes.push(page.body.items.length);
    cursor = page.body.nextCursor;
  } while (cursor);
  return { ids, pageSizes };
}

export const STAFF_PASSWORD = 'staff-password-1';

/** Have `admin` create a staff member of `province`; returns the new account's email. */
export async function createStaff(admin: TestClient, province: string): Promise<string> {
  const email = `staff.${province}.${Math.random().toString(36).slice(2, 8)}@ketnoi.test`;
  const res = await admin.post('/api/admin/users', {
    email,
    password: STAFF_PASSWORD,
    role: 'staff',
    name: `Cán bộ ${province}`,
    province,
  });
  if (res.status !== 201) throw new Error(`staff failed: ${res.status} ${res.text}`);
  return email;
}

/** An admin-created staff member of `province`, signed in. */
export async function staffOf(t: TestApp, admin: TestClient, province: string): Promise<TestClient> {
  const client = t.client();
  await client.login(await createStaff(admin, province), STAFF_PASSWORD);
  return client;
}

export const ADMIN = { email: 'admin@ketnoi.test', password: 'admin-password-123' };
export const adminEnv = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export async function adminClient(t: TestApp): Promise<TestClient> {
  const c = t.client();
  await c.login(ADMIN.email, ADMIN.password);
  return c;
}
