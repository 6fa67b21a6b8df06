import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import Landing from './Landing.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { meAs, startupProfile } from '../test/fixtures.js';
import { calendarEvent, publicStats } from './portal/portalFixtures.js';

const routes = {
  'GET /api/public/stats': publicStats(),
  'GET /api/events': { items: [calendarEvent()], nextCursor: null },
};

describe('Landing (public portal front page)', () => {
  it('shows a visitor the search box, the figures, the next events and the way in', async () => {
    mockApi(routes);
    renderApp(<Landing />, { me: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Kết nối khởi nghiệp với đúng người hỗ trợ' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Tìm dự án, sản phẩm, chuyên gia' })).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'Số liệu toàn quốc' });
    await within(figures).findByText('8');
    expect(within(figures).getByText('Dự án khởi nghiệp').nextSibling).toHaveTextContent('8');
    expect(within(figures).getByText('Chuyên gia').nextSibling).toHaveTextContent('3');
    const events = screen.getByRole('region', { name: 'Sự kiện sắp tới' });
    expect(await within(events).findByRole('link', { name: 'Ngày hội Khởi nghiệp Lạng Sơn 2026' })).toHaveAttribute('href', '/events/ev-1');
    expect(screen.getAllByRole('link', { name: 'Đăng ký miễn phí' })[0]).toHaveAttribute('href', '/signup');
    expect(document.title).toBe('KếtNối — Kết nối khởi nghiệp với chuyên gia, nhà đầu tư và đơn vị hỗ trợ của tỉnh');
  });

  // A province code read as the unit it names today: the 2025 merger folded Quảng Nam into Đà Nẵng.
  it.each([
    ['becomes a province’s portal with ?province=, asking only for that province', 'lang-son', 'lang-son', 'Lạng Sơn'],
    ['reads a province link written before the 2025 merger as the new unit', 'quang-nam', 'da-nang', 'Đà Nẵng'],
  ])('%s', async (_test, link, code, name) => {
    const api = mockApi(routes);
    renderApp(<Landing />, { me: null, url: `/?province=${link}` });
    expect(screen.getByText(`Cổng khởi nghiệp ${name}`)).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: `Số liệu ${name}` })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET', '/api/events')).toHaveLength(1));
    expect(api.callsTo('GET', '/api/public/stats')[0]!.query.get('province')).toBe(code);
    expect(api.callsTo('GET', '/api/events')[0]!.query.get('province')).toBe(code);
    expect(screen.getByRole('link', { name: 'Tất cả sự kiện' })).toHaveAttribute('href', `/events?province=${code}`);
    expect(document.title).toBe(`Khởi nghiệp ${name} — KếtNối`);
  });

  it('says when ?province= names no province, and shows the country instead', async () => {
    const api = mockApi(routes);
    renderApp(<Landing />, { me: null, url: '/?province=CM' });
    expect(screen.getByRole('status')).toHaveTextContent('Không tìm thấy tỉnh, thành phố “CM”');
    expect(await screen.findByRole('region', { name: 'Số liệu toàn quốc' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET', '/api/public/stats')).toHaveLength(1));
    expect(api.callsTo('GET', '/api/public/stats')[0]!.query.has('province')).toBe(false);
  });

  it('says so when there is no upcoming event, and offers a signed-in user their home', async () => {
    mockApi({ ...routes, 'GET /api/events': { items: [], nextCursor: null } });
    renderApp(<Landing />, { me: meAs(startupProfile()) });
    expect(await screen.findByText('Chưa có sự kiện nào sắp diễn ra.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vào trang của tôi' })).toHaveAttribute('href', '/home');
    expect(screen.queryByRole('link', { name: 'Đăng ký miễn phí' })).not.toBeInTheDocument();
  });
});
