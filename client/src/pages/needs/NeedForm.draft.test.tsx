import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import type { Me } from '@ketnoi/contract';
import { NeedForm } from './NeedForm.js';
import { renderApp } from '../../test/render.js';
import { fillThenLoseTab, RESTORED } from '../../test/drafts.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, need, startupProfile } from '../../test/fixtures.js';

const founder = meAs(startupProfile());
const TITLE = 'Làm mã vạch cho thạch đen';
const DESCRIPTION = 'Siêu thị yêu cầu mã vạch trước khi ký hợp đồng.';

function writeNeedThenLoseTab(me: Me = founder, startupId?: string) {
  return fillThenLoseTab(
    () => renderApp(<NeedForm startupId={startupId} />, { me }),
    async (user) => {
      await user.type(screen.getByLabelText(/Tóm tắt nhu cầu/), TITLE);
      await user.type(screen.getByLabelText(/Mô tả chi tiết/), DESCRIPTION);
      await user.selectOptions(screen.getByLabelText('Mức độ gấp'), 'high');
    },
  );
}

afterEach(() => onlineManager.setOnline(true));

describe('Need form draft', () => {
  it('offline: the send fails at once, keeps the text, and is not sent later behind the founder’s back', async () => {
    const api = mockApi({
      'POST /api/needs': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const user = userEvent.setup();
    renderApp(<NeedForm />, { me: founder });
    await user.type(screen.getByLabelText(/Tóm tắt nhu cầu/), TITLE);
    await user.type(screen.getByLabelText(/Mô tả chi tiết/), DESCRIPTION);
    act(() => onlineManager.setOnline(false));
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    expect(await screen.findByText(/Không kết nối được/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi nhu cầu' })).toBeEnabled();
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveValue(TITLE);
    // Back online, nothing goes out by itself: sending again is the founder's choice.
    act(() => onlineManager.setOnline(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.callsTo('POST', '/api/needs')).toHaveLength(1);
    // Sending again carries the same clientId: had the first reached the server, this gets that need back.
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    const [first, again] = api.callsTo('POST', '/api/needs') as { body: { clientId: string } }[];
    expect(again!.body.clientId).toBe(first!.body.clientId);
  });

  it('brings back the need being written after the tab was lost, with a note', async () => {
    await writeNeedThenLoseTab();
    renderApp(<NeedForm />, { me: founder });
    expect(screen.getByRole('status')).toHaveTextContent(RESTORED);
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveValue(TITLE);
    expect(screen.getByLabelText(/Mô tả chi tiết/)).toHaveValue(DESCRIPTION);
    expect(screen.getByLabelText('Mức độ gấp')).toHaveValue('high');
  });

  it('is forgotten once the need is sent', async () => {
    const api = mockApi({ 'POST /api/needs': { status: 201, body: need({ title: TITLE, description: DESCRIPTION }) } });
    const user = await writeNeedThenLoseTab();
    const second = renderApp(<NeedForm />, { me: founder });
    await user.click(screen.getByRole('button', { name: 'Gửi nhu cầu' }));
    await screen.findByText(/Đã lưu nhu cầu/);
    expect(api.callsTo('POST', '/api/needs')[0]!.body).toEqual({
      title: TITLE,
      description: DESCRIPTION,
      urgency: 'high',
      clientId: expect.any(String),
    });
    second.unmount();
    renderApp(<NeedForm />, { me: founder });
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveValue('');
  });

  it('is discarded on request', async () => {
    const user = await writeNeedThenLoseTab();
    const second = renderApp(<NeedForm />, { me: founder });
    await user.click(screen.getByRole('button', { name: 'Bỏ nội dung này' }));
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveValue('');
    expect(screen.getByLabelText('Mức độ gấp')).toHaveValue('normal');
    second.unmount();
    renderApp(<NeedForm />, { me: founder });
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('is not restored for another account on the same tab', async () => {
    await writeNeedThenLoseTab();
    renderApp(<NeedForm />, { me: { ...founder, user: { ...founder.user, id: 'u-another-founder' } } });
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText(/Tóm tắt nhu cầu/)).toHaveValue('');
  });

  it('keeps nothing of a need staff write for a startup', async () => {
    await writeNeedThenLoseTab(meAs(null, 'staff'), 'p-startup');
    expect(sessionStorage.length).toBe(0);
  });
});
