import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SearchPage from './SearchPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { SearchResponse } from '@ketnoi/contract';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';

const result = parsed(SearchResponse, {
  items: [
    {
      id: 'p-ha',
      kind: 'expert',
      name: 'Nguyễn Thị Hà',
      headline: 'Đại diện sở hữu công nghiệp',
      province: 'ha-noi',
      sectors: [],
      verified: true,
      expertise: ['trademark'],
      highlight: {
        headline: 'Tư vấn <mark>đăng ký nhãn hiệu</mark>',
        about: 'Đã làm <mark>nhãn hiệu</mark> cho &lt;script&gt;alert(1)&lt;/script&gt; mật ong',
        needsText: '<mark>Đăng ký nhãn hiệu</mark>, bảo hộ, logo',
        productsText: 'Văn phòng <mark>nhãn hiệu</mark> Hà Nội',
      },
    },
  ],
  facets: { kind: { expert: 1, provider: 3 }, province: { 'ha-noi': 1 }, sector: {}, need: { trademark: 1 } },
  total: 1,
  nextCursor: null,
});

describe('Search', () => {
  it('sends the words and filters, shows facet counts and safe highlights', async () => {
    const api = mockApi({ 'GET /api/search': result });
    const { router } = renderApp(<SearchPage />, { path: '/search', url: '/search?q=dang%20ky', me: meAs(startupProfile()) });
    const card = (await screen.findByRole('link', { name: 'Nguyễn Thị Hà' })).closest('li')!;
    expect(within(card).getByText('đăng ký nhãn hiệu').tagName).toBe('MARK');
    expect(card.querySelector('script')).toBeNull();
    expect(card).toHaveTextContent('cho <script>alert(1)</script> mật ong');
    expect(within(card).getByText('Đăng ký nhãn hiệu, sở hữu trí tuệ')).toBeInTheDocument();
    // The search engine's own field names (needsText, productsText) get readable labels.
    expect(card).toHaveTextContent('Nhu cầu, chuyên môn: Đăng ký nhãn hiệu, bảo hộ, logo');
    expect(card).toHaveTextContent('Sản phẩm, nguồn lực: Văn phòng nhãn hiệu Hà Nội');
    expect(card).not.toHaveTextContent('needsText');
    expect(screen.getByText('1 kết quả')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/search')[0]!.query.get('q')).toBe('dang ky');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Đơn vị hỗ trợ\s*3/ }));
    await waitFor(() => expect(api.callsTo('GET', '/api/search').at(-1)!.query.get('kind')).toBe('provider'));
    expect(router.state.location.search).toContain('kind=provider');
    expect(screen.getByRole('button', { name: /Đơn vị hỗ trợ/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says "over 1000" where the search stops counting, and 999 as it is', async () => {
    let total = 1000;
    mockApi({ 'GET /api/search': () => ({ ...result, total }) });
    renderApp(<SearchPage />, { path: '/search', url: '/search?q=a', me: meAs(startupProfile()) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Hơn 1000 kết quả — thêm từ để thu hẹp' })).toBeInTheDocument();

    total = 999;
    await userEvent.setup().click(screen.getByRole('button', { name: /Đơn vị hỗ trợ\s*3/ }));
    expect(await screen.findByRole('heading', { level: 2, name: '999 kết quả' })).toBeInTheDocument();
  });

  it('says so when nothing is found', async () => {
    mockApi({
      'GET /api/search': parsed(SearchResponse, {
        items: [],
        facets: { kind: {}, province: {}, sector: {}, need: {} },
        total: 0,
        nextCursor: null,
      }),
    });
    renderApp(<SearchPage />, { path: '/search', url: '/search?q=zzz', me: meAs(startupProfile()) });
    expect(await screen.findByText('Không tìm thấy kết quả.')).toBeInTheDocument();
  });

  describe('filters (issue 14 item 22: ~40 chips before the first result on a phone)', () => {
    const many = parsed(SearchResponse, {
      ...result,
      facets: {
        kind: { expert: 1 },
        province: Object.fromEntries(
          ['ha-noi', 'lang-son', 'phu-tho', 'da-nang', 'hue', 'hai-phong', 'can-tho', 'gia-lai'].map((p, i) => [p, 9 - i]),
        ),
        sector: {},
        need: {},
      },
    });
    const desk = (matches: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));

    it('wait behind a button on a phone, results first', async () => {
      desk(false);
      mockApi({ 'GET /api/search': many });
      renderApp(<SearchPage />, { path: '/search', url: '/search?q=nhan%20hieu&kind=expert', me: meAs(startupProfile()) });
      await screen.findByRole('link', { name: 'Nguyễn Thị Hà' });
      const filters = screen.getByText('Bộ lọc (1 đang chọn)').closest('details')!;
      expect(filters.open).toBe(false);
      await userEvent.setup().click(screen.getByText('Bộ lọc (1 đang chọn)'));
      expect(filters.open).toBe(true);
    });

    it('stand open beside the results on a desk, six choices per filter until asked for more', async () => {
      desk(true);
      mockApi({ 'GET /api/search': many });
      renderApp(<SearchPage />, { path: '/search', url: '/search?q=nhan%20hieu', me: meAs(startupProfile()) });
      await screen.findByRole('link', { name: 'Nguyễn Thị Hà' });
      expect(screen.getByText('Bộ lọc').closest('details')!.open).toBe(true);
      const province = screen.getByRole('group', { name: 'Tỉnh, thành phố' });
      expect(within(province).getAllByRole('button', { pressed: false })).toHaveLength(6);
      await userEvent.setup().click(within(province).getByRole('button', { name: 'Thêm 2 lựa chọn' }));
      expect(within(province).getAllByRole('button', { pressed: false })).toHaveLength(8);
    });
  });
});
