import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlannerPage from './PlannerPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { PlanOutput } from '@ketnoi/contract';
import { expertProfile, intro, meAs, need as needOf, parsed, summaryOf } from '../../test/fixtures.js';

const need = (id: string, title: string) => needOf({ id, startupId: `s-${id}`, title, description: '' });

describe('Cohort planner', () => {
  it('plans the chosen needs, shows progress, the assignment table, the unassigned list and total', async () => {
    let release: () => void = () => undefined;
    const api = mockApi({
      'GET /api/needs': {
        items: [need('n1', 'Nhãn hiệu mật ong'), need('n2', 'Nhãn hiệu miến dong'), need('n3', 'Mã vạch thạch đen')],
        nextCursor: null,
      },
      'POST /api/matches/plan': () =>
        new Promise((resolve) => {
          release = () =>
            resolve(
              parsed(PlanOutput, {
                assignments: [
                  { needId: 'n1', profileId: 'p-expert', score: 0.9, profile: summaryOf(expertProfile()) },
                  { needId: 'n3', profileId: 'p-expert', score: 0.55, profile: summaryOf(expertProfile()) },
                ],
                unassigned: ['n2'],
                totalScore: 1.45,
              }),
            );
        }),
      'POST /api/intros': (req) => ({ status: 201, body: intro({ id: `i-${(req.body as { needId: string }).needId}` }) }),
    });
    const user = userEvent.setup();
    renderApp(<PlannerPage />, { me: meAs(null, 'staff') });
    await screen.findByText('Nhãn hiệu mật ong');
    expect(Object.fromEntries(api.callsTo('GET', '/api/needs')[0]!.query)).toMatchObject({ status: 'open', province: 'lang-son' });

    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chọn ít nhất một nhu cầu.');

    await user.click(screen.getByRole('button', { name: 'Chọn tất cả' }));
    await user.clear(screen.getByLabelText('Số nhu cầu tối đa mỗi người'));
    await user.type(screen.getByLabelText('Số nhu cầu tối đa mỗi người'), '2');
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch' }));
    expect(await screen.findByText(/Đang tính phương án…/)).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/matches/plan')[0]!.body).toEqual({
      needIds: ['n1', 'n2', 'n3'],
      kind: 'expert',
      capacityPerCandidate: 2,
    });

    release();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Nhãn hiệu mật ong', 'Mã vạch thạch đen']);
    await waitFor(() => expect(within(rows[0]!).getByRole('link', { name: 'Nguyễn Thị Hà' })).toBeInTheDocument());
    expect(within(rows[0]!).getByRole('meter')).toHaveAttribute('aria-valuenow', '90');
    expect(screen.getByRole('heading', { name: 'Chưa có người nhận' }).nextElementSibling).toHaveTextContent('Nhãn hiệu miến dong');
    expect(screen.getByTestId('plan-total')).toHaveTextContent('1,45');
    expect(screen.queryByText(/Đang tính phương án…/)).toBeNull();

    // Turning the plan into brokered introductions, one per assignment.
    await user.click(screen.getByRole('button', { name: 'Gửi 2 lời giới thiệu' }));
    expect(await screen.findByText('Đã gửi 2, lỗi 0.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/intros').map((c) => c.body)).toEqual([
      expect.objectContaining({ fromProfileId: 's-n1', toProfileId: 'p-expert', needId: 'n1' }),
      expect.objectContaining({ fromProfileId: 's-n3', toProfileId: 'p-expert', needId: 'n3' }),
    ]);
  });
});
