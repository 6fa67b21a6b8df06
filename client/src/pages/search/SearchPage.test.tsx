import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SearchPage from './SearchPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { SearchResponse } from '@ketnoi/contract';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';

afterEach(() => vi.unstubAllGlobals());

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
});
