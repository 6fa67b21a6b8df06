import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JudgementOutput } from '@ketnoi/contract';
import JudgingPage from './JudgingPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, parsed } from '../../test/fixtures.js';
import { assignment, call, entry, EVENT_ID } from '../../test/calls.js';

const ENTRIES = `/api/events/${EVENT_ID}/entries`;
const judgement = (entryId: string, scores: Record<string, number>, total: number) =>
  parsed(JudgementOutput, {
    entryId,
    judgeId: 'u-expert',
    status: 'scored',
    scores,
    total,
    comment: 'Ý tưởng tốt',
    reason: '',
    enteredBy: 'u-expert',
    at: '2026-03-02T02:00:00.000Z',
  });

/** Entry 1 already scored by this judge; entry 2 waiting. */
function openSheet(score: Parameters<typeof mockApi>[0][string] = {}) {
  const scored = entry({ id: 'en-1', myJudgement: judgement('en-1', { tinh_moi: 9, thuong_mai: 18, doi_ngu: 5 }, 93.33) });
  const waiting = entry({
    id: 'en-2',
    startupId: 'p-2',
    startup: { id: 'p-2', kind: 'startup', name: 'Thạch đen Tràng Định', headline: '', province: 'lang-son' },
    title: 'Thạch đen sấy khô',
    answers: { linh_vuc: 'Nông nghiệp', khach_hang: 'Quán chè' },
    myJudgement: null,
  });
  const api = mockApi({
    [`GET /api/events/${EVENT_ID}/call`]: call({ viewer: { organiser: false, manager: false, judge: true } }),
    [`GET ${ENTRIES}`]: { items: [scored, waiting], nextCursor: null },
    [`PUT ${ENTRIES}/en-2/score`]: score,
    [`POST ${ENTRIES}/en-2/recuse`]: parsed(JudgementOutput, {
      entryId: 'en-2',
      judgeId: 'u-expert',
      status: 'recused',
      scores: null,
      total: null,
      comment: '',
      reason: 'Người nhà',
      enteredBy: 'u-expert',
      at: '2026-03-02T02:00:00.000Z',
    }),
  });
  renderApp(<JudgingPage />, { path: '/events/:id/judging', url: `/events/${EVENT_ID}/judging`, me: meAs(expertProfile()) });
  return api;
}

describe('The judge’s scoring sheet', () => {
  it('opens the first entry left to score and scores every criterion, refusing gaps and points out of range', async () => {
    const api = openSheet(({ body }) => judgement('en-2', (body as { scores: Record<string, number> }).scores, 78.33));
    const user = userEvent.setup();
    const sheet = await screen.findByRole('form', { name: 'Chấm điểm: Thạch đen sấy khô' });
    expect(screen.getByText('Đã chấm 1/2 bài')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Mật ong chanh rừng truy xuất nguồn gốc/ })).toHaveTextContent('93,33');
    expect(screen.getByText('Quán chè')).toBeInTheDocument();

    const novelty = within(sheet).getByLabelText('Tính mới, sáng tạo');
    const market = within(sheet).getByLabelText('Khả năng thương mại hoá');
    await user.type(novelty, '7');
    await user.click(within(sheet).getByRole('button', { name: 'Thêm 1 điểm: Tính mới, sáng tạo' }));
    expect(novelty).toHaveValue('8');
    await user.type(market, '25');
    await user.click(within(sheet).getByRole('button', { name: 'Lưu điểm' }));
    expect(await within(sheet).findByText('Cho từ 0 đến 20 điểm.')).toBeInTheDocument();
    expect(within(sheet).getByText('Hãy chấm tiêu chí này.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `${ENTRIES}/en-2/score`)).toHaveLength(0);
    // The first criterion to fix has the focus (and so the screen), not the button below the sheet.
    expect(market).toHaveFocus();

    await user.clear(market);
    await user.type(market, '15');
    await user.type(within(sheet).getByLabelText('Năng lực đội ngũ'), '4');
    // (3·8/10 + 2·15/20 + 1·4/5) ÷ 6 × 100 = 78,33
    expect(within(sheet).getByText('78,33 / 100')).toBeInTheDocument();
    await user.type(within(sheet).getByLabelText('Nhận xét'), 'Cần rõ kênh bán hàng');
    await user.click(within(sheet).getByRole('button', { name: 'Lưu điểm' }));

    expect(await within(sheet).findByText('Đã lưu điểm.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `${ENTRIES}/en-2/score`).map((c) => c.body)).toEqual([
      { scores: { tinh_moi: 8, thuong_mai: 15, doi_ngu: 4 }, comment: 'Cần rõ kênh bán hàng' },
    ]);
  });

  it('says when the team edited an entry after the judge scored it', async () => {
    const edited = entry({
      id: 'en-1',
      updatedAt: '2026-03-03T03:30:00.000Z',
      myJudgement: judgement('en-1', { tinh_moi: 9, thuong_mai: 18, doi_ngu: 5 }, 93.33),
    });
    const untouched = entry({
      id: 'en-3',
      startupId: 'p-3',
      title: 'Miến dong Bình Liêu',
      myJudgement: { ...judgement('en-3', { tinh_moi: 5, thuong_mai: 10, doi_ngu: 5 }, 60), at: '2026-03-04T02:00:00.000Z' },
    });
    mockApi({
      [`GET /api/events/${EVENT_ID}/call`]: call({ viewer: { organiser: false, manager: false, judge: true } }),
      [`GET ${ENTRIES}`]: { items: [edited, untouched], nextCursor: null },
    });
    renderApp(<JudgingPage />, { path: '/events/:id/judging', url: `/events/${EVENT_ID}/judging?entry=en-1`, me: meAs(expertProfile()) });
    const list = await screen.findByRole('navigation', { name: 'Danh sách bài dự thi' });
    const [first, second] = within(list).getAllByRole('button');
    expect(first).toHaveTextContent('đã sửa');
    expect(second).not.toHaveTextContent('đã sửa');
    expect(screen.getByText(/Đội thi đã sửa bài lúc .*10:30.*sau khi bạn chấm 93,33\/100/)).toBeInTheDocument();
    await userEvent.click(second!);
    // The entry picked has the focus: on a phone its sheet stands below the list.
    expect(screen.getByRole('heading', { name: 'Miến dong Bình Liêu' })).toHaveFocus();
    expect(screen.queryByText(/Đội thi đã sửa bài/)).not.toBeInTheDocument();
    expect(screen.getByText(/Bạn đã chấm bài này: 60\/100/)).toBeInTheDocument();
  });

  it('says plainly when the server refuses a score for a conflict of interest', async () => {
    openSheet(apiError(403, { code: 'conflict_of_interest', message: 'You have a declared conflict of interest with this startup.' }));
    const user = userEvent.setup();
    const sheet = await screen.findByRole('form', { name: 'Chấm điểm: Thạch đen sấy khô' });
    await user.type(within(sheet).getByLabelText('Tính mới, sáng tạo'), '8');
    await user.type(within(sheet).getByLabelText('Khả năng thương mại hoá'), '15');
    await user.type(within(sheet).getByLabelText('Năng lực đội ngũ'), '4');
    await user.click(within(sheet).getByRole('button', { name: 'Lưu điểm' }));

    const alert = await within(sheet).findByRole('alert');
    expect(alert).toHaveTextContent('Bạn không được chấm bài này.');
    expect(alert).toHaveTextContent('xung đột lợi ích đã khai báo với đội thi này');
    expect(within(sheet).queryByText('Đã lưu điểm.')).not.toBeInTheDocument();
  });

  it('steps away from an entry only with a reason', async () => {
    const api = openSheet();
    const user = userEvent.setup();
    const sheet = await screen.findByRole('form', { name: 'Chấm điểm: Thạch đen sấy khô' });
    await user.click(within(sheet).getByText('Xin không chấm bài này'));
    await user.click(within(sheet).getByRole('button', { name: 'Không chấm bài này' }));
    expect(await within(sheet).findByText('Vui lòng ghi lý do.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${ENTRIES}/en-2/recuse`)).toHaveLength(0);

    await user.type(within(sheet).getByLabelText('Lý do'), 'Người nhà');
    await user.click(within(sheet).getByRole('button', { name: 'Không chấm bài này' }));
    await vi.waitFor(() => expect(api.callsTo('POST', `${ENTRIES}/en-2/recuse`).map((c) => c.body)).toEqual([{ reason: 'Người nhà' }]));
  });

  it('tells a judge who stepped away from every entry that nothing is left, not that entries are to come', async () => {
    mockApi({
      [`GET /api/events/${EVENT_ID}/call`]: call({ viewer: { organiser: false, manager: false, judge: true } }),
      [`GET ${ENTRIES}`]: { items: [], nextCursor: null },
      'GET /api/calls/assignments': ({ query }) => {
        expect([...query.keys()]).toEqual([]);
        return { items: [assignment({ recused: 2, assigned: 2, remaining: 0 })] };
      },
    });
    renderApp(<JudgingPage />, { path: '/events/:id/judging', url: `/events/${EVENT_ID}/judging`, me: meAs(expertProfile()) });
    expect(await screen.findByText('Bạn đã rút khỏi chấm 2 hồ sơ, nên không còn hồ sơ nào để bạn chấm.')).toBeInTheDocument();
    expect(screen.queryByText('Chưa có bài nào để chấm.')).not.toBeInTheDocument();
  });

  it('lets the organiser type in a judge’s paper sheet, sent with that judge’s id', async () => {
    const binh = { userId: 'u-binh', name: 'Giám khảo Bình', role: 'expert', province: 'lang-son', profileId: 'p-binh', headline: null };
    const api = mockApi({
      [`GET /api/events/${EVENT_ID}/call`]: call({
        viewer: { organiser: true, manager: true, judge: false },
        judges: ['u-binh'],
        jury: [binh],
      }),
      [`GET ${ENTRIES}`]: { items: [entry({ myJudgement: null })], nextCursor: null },
      [`PUT ${ENTRIES}/en-1/score`]: ({ body }) => judgement('en-1', (body as { scores: Record<string, number> }).scores, 70),
    });
    const user = userEvent.setup();
    renderApp(<JudgingPage />, { path: '/events/:id/judging', url: `/events/${EVENT_ID}/judging?judge=u-binh`, me: meAs(null, 'staff') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhập phiếu chấm giấy của Giám khảo Bình' })).toBeInTheDocument();
    expect(api.callsTo('GET', ENTRIES)[0]!.query.get('judgeId')).toBe('u-binh');
    const sheet = await screen.findByRole('form', { name: 'Chấm điểm: Mật ong chanh rừng truy xuất nguồn gốc' });
    await user.type(within(sheet).getByLabelText('Tính mới, sáng tạo'), '7');
    await user.type(within(sheet).getByLabelText('Khả năng thương mại hoá'), '14');
    await user.type(within(sheet).getByLabelText('Năng lực đội ngũ'), '3,5');
    await user.click(within(sheet).getByRole('button', { name: 'Lưu điểm' }));
    expect(await within(sheet).findByText('Đã lưu điểm.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `${ENTRIES}/en-1/score`)[0]!.body).toEqual({
      scores: { tinh_moi: 7, thuong_mai: 14, doi_ngu: 3.5 },
      comment: '',
      judgeId: 'u-binh',
    });
  });
});
