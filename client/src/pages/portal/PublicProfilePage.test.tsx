import type { Me } from '@ketnoi/contract';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import PublicProfilePage from './PublicProfilePage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { ProfileOutput } from '@ketnoi/contract';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';

// outcomeBadges is computed by the server (not in the editor's body), so it joins after the kind check.
const honey = parsed(ProfileOutput, {
  ...startupProfile({
    id: 'p-honey',
    verified: true,
    logoFileId: 'f-logo',
    products: [
      { name: 'Mật ong chanh rừng 500 ml', description: 'Vụ tháng Ba.', photoFileIds: ['f-jar', 'f-hive'], ocopStars: 4 },
      { name: 'Mật ong ngâm chanh', description: '' },
    ],
    documents: [{ fileId: 'f-deck', title: 'Hồ sơ gọi vốn' }],
  }),
  outcomeBadges: [{ tag: 'trademark_filed', count: 2 }],
});

const open = (me: Me | null = null) => renderApp(<PublicProfilePage />, { path: '/p/:id', url: '/p/p-honey', me });

describe('Public profile page (/p/:id)', () => {
  it('shows a visitor the showcase: logo, products with photos and OCOP stars, badges, no contact', async () => {
    mockApi({ 'GET /api/profiles/p-honey': honey });
    open();
    expect(await screen.findByRole('heading', { level: 1, name: /Mật ong chanh rừng Chi Lăng/ })).toBeInTheDocument();
    expect(document.title).toBe('Mật ong chanh rừng Chi Lăng — KếtNối');
    expect(document.querySelector('.showcase-head img.logo')).toHaveAttribute('src', '/api/files/f-logo?variant=small');
    const products = screen.getByRole('region', { name: 'Sản phẩm' });
    const jar = within(products).getByRole('img', { name: 'Mật ong chanh rừng 500 ml' });
    expect(jar).toHaveAttribute('src', '/api/files/f-jar');
    expect(jar).toHaveAttribute('loading', 'eager');
    expect(within(products).getByRole('img', { name: 'Mật ong chanh rừng 500 ml, ảnh 2' })).toHaveAttribute('loading', 'lazy');
    expect(within(products).getByText('OCOP 4 sao')).toBeInTheDocument();
    expect(within(products).getByRole('heading', { name: 'Mật ong ngâm chanh' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Kết quả đã đạt' })).getByText(/Đã nộp đơn nhãn hiệu/)).toHaveTextContent('×2');
    // Documents are named but locked until an accepted introduction (the server leaves out the contact).
    expect(screen.getByText('Có 1 tài liệu, mở được sau khi hai bên đồng ý kết nối.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hồ sơ gọi vốn' })).not.toBeInTheDocument();
    expect(screen.getByText(/Muốn hợp tác, hỗ trợ hoặc đầu tư vào Mật ong chanh rừng Chi Lăng\?/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng ký miễn phí' })).toHaveAttribute('href', '/signup');
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/signin?next=%2Fprofiles%2Fp-honey');
  });

  it('opens the documents for a connected party and sends a signed-in user to the full page', async () => {
    mockApi({ 'GET /api/profiles/p-honey': { ...honey, contact: { phone: '0912 345 678' } } });
    open(meAs(null, 'investor'));
    expect(await screen.findByRole('link', { name: 'Hồ sơ gọi vốn' })).toHaveAttribute('href', '/api/files/f-deck');
    expect(screen.getByRole('link', { name: 'Xin giới thiệu, xem liên hệ' })).toHaveAttribute('href', '/profiles/p-honey');
  });

  it('tells a visitor the page is not there when the server answers 404', async () => {
    mockApi({});
    open();
    expect(await screen.findByText('Không tìm thấy trang này')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem các dự án' })).toHaveAttribute('href', '/directory');
  });
});
