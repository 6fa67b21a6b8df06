import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FileInfo, Me } from '@ketnoi/contract';
import { ConsultationCard } from './ConsultationCard.js';
import { renderApp } from '../../test/render.js';
import { fillThenLoseTab, RESTORED } from '../../test/drafts.js';
import { mockApi } from '../../test/mockApi.js';
import { consultation, expertProfile, meAs } from '../../test/fixtures.js';
import { draftKey } from '../../lib/useDraft.js';

const expert = meAs(expertProfile());
const otherExpert: Me = { ...expert, user: { ...expert.user, id: 'u-other-expert' } };

function showCard(me: Me = expert) {
  return renderApp(<ConsultationCard consultation={consultation()} myProfileId="p-expert" />, { me });
}

/** The helper starts on the outcome, then the tab is lost (the card unmounts) before saving. */
function writeOutcomeThenLoseTab() {
  return fillThenLoseTab(
    () => showCard(),
    async (user) => {
      await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
      await user.click(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' }));
      await user.type(screen.getByLabelText('Ghi chú'), 'Đã nộp tại Cục SHTT');
      await user.type(screen.getByLabelText('Minh chứng'), 'Số đơn 4-2025-12345');
    },
  );
}

describe('Consultation outcome draft', () => {
  it('comes back open, with the tags, note and evidence typed before the tab was lost, and a note saying so', async () => {
    await writeOutcomeThenLoseTab();
    showCard();
    expect(screen.getByRole('status')).toHaveTextContent(RESTORED);
    expect(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' })).toBeChecked();
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('Đã nộp tại Cục SHTT');
    expect(screen.getByLabelText('Minh chứng')).toHaveValue('Số đơn 4-2025-12345');
  });

  it('keeps evidence files uploaded before the camera cost the tab, and sends them with the outcome', async () => {
    const receipt: FileInfo = {
      id: 'f-receipt',
      name: 'bien-nhan.webp',
      type: 'image/webp',
      size: 1200,
      purpose: 'evidence',
      url: '/api/files/f-receipt',
      createdAt: '2025-10-05T03:00:00.000Z',
    };
    const key = draftKey(expert.user.id, { form: 'consultation-outcome', id: 'k-1' });
    sessionStorage.setItem(key, JSON.stringify({ tags: ['trademark_filed'], note: '', evidence: '', evidenceFiles: [receipt] }));
    const api = mockApi({
      'POST /api/consultations/k-1/complete': consultation({ status: 'completed', outcome: { tags: ['trademark_filed'] } }),
    });
    const user = userEvent.setup();
    showCard();
    expect(screen.getByText('bien-nhan.webp')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    await vi.waitFor(() =>
      expect(api.callsTo('POST', '/api/consultations/k-1/complete')[0]?.body).toEqual({
        outcome: { tags: ['trademark_filed'], evidenceFileIds: ['f-receipt'] },
      }),
    );
    await vi.waitFor(() => expect(sessionStorage.getItem(key)).toBeNull());
  });

  it('is forgotten once the outcome is saved', async () => {
    mockApi({ 'POST /api/consultations/k-1/complete': consultation({ status: 'completed', outcome: { tags: ['trademark_filed'] } }) });
    const user = await writeOutcomeThenLoseTab();
    const second = showCard();
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    await screen.findByRole('button', { name: 'Ghi nhận kết quả' });
    second.unmount();
    showCard();
    expect(screen.queryByText(RESTORED)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('');
  });

  it('is discarded on request: the fields empty and nothing comes back next time', async () => {
    const user = await writeOutcomeThenLoseTab();
    const second = showCard();
    await user.click(screen.getByRole('button', { name: 'Bỏ nội dung này' }));
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' })).not.toBeChecked();
    second.unmount();
    showCard();
    expect(screen.queryByRole('button', { name: 'Lưu kết quả' })).toBeNull();
  });

  it('hiding the note keeps the restored text', async () => {
    const user = await writeOutcomeThenLoseTab();
    showCard();
    await user.click(screen.getByRole('button', { name: 'Ẩn thông báo khôi phục' }));
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('Đã nộp tại Cục SHTT');
  });

  it('is not shown to another account signed in on the same tab', async () => {
    await writeOutcomeThenLoseTab();
    showCard(otherExpert);
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.queryByLabelText('Ghi chú')).toBeNull();
  });
});
