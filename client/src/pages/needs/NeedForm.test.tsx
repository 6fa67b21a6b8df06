import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NeedForm } from './NeedForm.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, need, startupProfile } from '../../test/fixtures.js';
import type { Need } from '@ketnoi/contract';

const classified = need({
  category: 'standards',
  title: 'Làm mã vạch và nhãn mác cho thạch đen',
  description: 'Siêu thị Happy Mart yêu cầu mã vạch, nhãn đúng quy định và giấy ATTP trước khi ký hợp đồng.',
  urgency: 'high',
  suggestedCategories: [
    { code: 'standards', confidence: 0.72 },
    { code: 'distribution', confidence: 0.21 },
    { code: 'trademark', confidence: 0.07 },
  ],
});

async function writeNeed(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Tóm tắt nhu cầu/), classified.title);
  await user.type(screen.getByLabelText(/Mô tả chi tiết/), classified.description);
  await user.selectOptions(screen.getByLabelText('Mức độ gấp'), 'high');
}

/** A founder writes and sends a need the server classifies; a changed category is saved with PATCH. */
async function sendClassifiedNeed() {
  const api = mockApi({
    'POST /api/needs': { status: 201, body: classified },
    'PATCH /api/needs/n-1': (req) => need({ ...classified, category: (req.body as Need).category, suggestedCategories: undefined }),
  });
  const user = userEvent.setup();
  renderApp(<NeedForm />, { me: meAs(startupProfile()) });
  await writeNeed(user);
  await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
  return { api, user };
}

describe('Need form', () => {
  it('shows the category the server chose and its suggestions, and saves a changed choice', async () => {
    const { api, user } = await sendClassifiedNeed();

    // No category was chosen, so none is sent: the server classifies the text.
    await screen.findByRole('heading', { name: 'Xác nhận nhóm nhu cầu' });
    expect(api.callsTo('POST', '/api/needs')[0]!.body).toEqual({
      title: classified.title,
      description: classified.description,
      urgency: 'high',
      clientId: expect.any(String),
    });
    expect(screen.getByTestId('suggested-category')).toHaveTextContent('Tiêu chuẩn, chất lượng, điều kiện lưu thông');
    const options = within(screen.getByRole('group', { name: 'Các nhóm phù hợp nhất' })).getAllByRole('radio');
    expect(options.map((o) => (o as HTMLInputElement).value)).toEqual(['standards', 'distribution', 'trademark']);
    expect(screen.getByRole('radio', { name: /Tiêu chuẩn/ })).toBeChecked();
    expect(screen.getByText('độ phù hợp 72%')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Kết nối tiêu thụ/ }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await screen.findByText('Đã lưu nhu cầu (nhóm: Kết nối tiêu thụ, phân phối).');
    expect(api.callsTo('PATCH', '/api/needs/n-1')[0]!.body).toEqual({ category: 'distribution' });
    expect(screen.getByRole('link', { name: 'Xem người có thể giúp' })).toHaveAttribute('href', '/needs/n-1');
  });

  it('confirming the server’s own choice saves nothing more', async () => {
    const api = mockApi({ 'POST /api/needs': { status: 201, body: classified } });
    const user = userEvent.setup();
    renderApp(<NeedForm />, { me: meAs(startupProfile()) });
    await writeNeed(user);
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận' }));
    await screen.findByText(/Đã lưu nhu cầu/);
    expect(api.callsTo('PATCH', '/api/needs/n-1')).toHaveLength(0);
  });

  it('keeps the focus on the step that replaces the form: the category question, then the saved notice', async () => {
    const { user } = await sendClassifiedNeed();
    expect(await screen.findByRole('heading', { name: 'Xác nhận nhóm nhu cầu' })).toHaveFocus();
    // Choosing another group re-renders the question; the focus stays on the choice.
    const other = screen.getAllByRole('radio')[1]!;
    await user.click(other);
    expect(other).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByRole('status')).toHaveFocus();
  });

  it('sends a chosen category and skips the confirmation step', async () => {
    const api = mockApi({
      'POST /api/needs': { status: 201, body: need({ ...classified, category: 'trademark', suggestedCategories: undefined }) },
    });
    const user = userEvent.setup();
    renderApp(<NeedForm />, { me: meAs(startupProfile()) });
    await writeNeed(user);
    await user.selectOptions(screen.getByLabelText('Nhóm nhu cầu'), 'trademark');
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    await screen.findByText('Đã lưu nhu cầu (nhóm: Đăng ký nhãn hiệu, sở hữu trí tuệ).');
    expect((api.callsTo('POST', '/api/needs')[0]!.body as { category: string }).category).toBe('trademark');
    expect(screen.queryByRole('heading', { name: 'Xác nhận nhóm nhu cầu' })).toBeNull();
  });

  it('checks the text before sending', async () => {
    const api = mockApi({});
    const user = userEvent.setup();
    renderApp(<NeedForm />, { me: meAs(startupProfile()) });
    await user.type(screen.getByLabelText(/Mô tả chi tiết/), 'ngắn');
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveAccessibleDescription(/Vui lòng điền ô này\./);
    expect(screen.getByLabelText(/Mô tả chi tiết/)).toHaveAccessibleDescription(/Cần ít nhất 10 ký tự\./);
    await waitFor(() => expect(api.calls).toHaveLength(0));
  });
});
