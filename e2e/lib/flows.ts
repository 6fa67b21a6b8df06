// The user-facing steps the browser tests share, written against what a person sees: Vietnamese
// labels, roles and texts of the UI (the default language).
import type { Locator, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'ketnoi-demo-2025';
export const STAFF_LANG_SON = 'staff-lang-son@demo.ketnoi.vn';

export interface NewAccount {
  role: 'startup' | 'expert' | 'investor' | 'provider';
  /** The person's name (the account); the profile may carry another display name. */
  name: string;
  email: string;
  password: string;
  provinceName: string;
}

const ROLE_LABEL: Record<NewAccount['role'], string> = {
  startup: 'Khởi nghiệp',
  expert: 'Chuyên gia',
  investor: 'Nhà đầu tư',
  provider: 'Đơn vị hỗ trợ',
};

/** Fills the sign-up form (already open) without submitting it. */
export async function fillSignUp(page: Page, account: NewAccount): Promise<void> {
  await page.getByRole('heading', { name: 'Tạo tài khoản' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${ROLE_LABEL[account.role]}`) }).check();
  await page.getByLabel('Họ và tên').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: account.provinceName });
}

/** Submits the sign-up form; a new account lands on its profile editor. */
export async function submitSignUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await page.waitForURL('**/profile');
  await page.getByRole('heading', { name: 'Tạo hồ sơ' }).waitFor();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
}

export async function saveNewProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await page.getByText('Đã lưu hồ sơ.').waitFor();
}

/**
 * Marks the document; `stillSamePage` is true only if it was never reloaded since (a reload or a
 * full navigation starts a new JavaScript realm without the mark). Proves "without reloading".
 */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eMark?: boolean }).__e2eMark = true;
  });
}

export function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __e2eMark?: boolean }).__e2eMark === true);
}

/** The integer at the end of a text such as "Đề nghị giới thiệu: 3" (vi-VN groups with dots). */
export function trailingNumber(text: string | null): number {
  const match = /(\d[\d.]*)\s*$/.exec((text ?? '').trim());
  if (!match) throw new Error(`no number at the end of ${JSON.stringify(text)}`);
  return Number(match[1]!.replace(/\./g, ''));
}

export async function numberIn(locator: Locator): Promise<number> {
  return trailingNumber(await locator.textContent());
}
