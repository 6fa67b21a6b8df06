import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Me } from '@ketnoi/contract';
import { RequestIntroForm } from './RequestIntroForm.js';
import { renderApp } from '../../test/render.js';
import { fillThenLoseTab, RESTORED } from '../../test/drafts.js';
import { mockApi } from '../../test/mockApi.js';
import { intro, meAs, startupProfile } from '../../test/fixtures.js';

const founder = meAs(startupProfile());
const MESSAGE = 'Chào chị, em cần tư vấn đăng ký nhãn hiệu mật ong.';
const LABEL = /^Lời nhắn gửi Nguyễn Thị Hà/;

function showForm(me: Me = founder, toProfileId = 'p-expert') {
  return renderApp(<RequestIntroForm toProfileId={toProfileId} toName="Nguyễn Thị Hà" />, { me });
}

function writeThenLoseTab() {
  return fillThenLoseTab(
    () => showForm(),
    async (user) => {
      await user.type(screen.getByLabelText(LABEL), MESSAGE);
    },
  );
}

describe('Intro request message draft', () => {
  it('brings back the message being written after the tab was lost, with a note', async () => {
    await writeThenLoseTab();
    showForm();
    expect(screen.getByRole('status')).toHaveTextContent(RESTORED);
    expect(screen.getByLabelText(LABEL)).toHaveValue(MESSAGE);
  });

  it('belongs to the person it was written to', async () => {
    await writeThenLoseTab();
    showForm(founder, 'p-other-expert');
    expect(screen.getByLabelText(LABEL)).toHaveValue('');
  });

  it('is forgotten once the request is sent', async () => {
    const api = mockApi({ 'POST /api/intros': { status: 201, body: intro() } });
    const user = await writeThenLoseTab();
    const second = showForm();
    await user.click(screen.getByRole('button', { name: 'Gửi lời đề nghị' }));
    await screen.findByText(/Đã gửi lời đề nghị tới Nguyễn Thị Hà/);
    expect(api.callsTo('POST', '/api/intros')[0]!.body).toEqual({ toProfileId: 'p-expert', message: MESSAGE });
    second.unmount();
    showForm();
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText(LABEL)).toHaveValue('');
  });

  it('is discarded on request', async () => {
    const user = await writeThenLoseTab();
    const second = showForm();
    await user.click(screen.getByRole('button', { name: 'Bỏ nội dung này' }));
    expect(screen.getByLabelText(LABEL)).toHaveValue('');
    second.unmount();
    showForm();
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('is not restored for another account on the same tab', async () => {
    await writeThenLoseTab();
    showForm({ ...founder, user: { ...founder.user, id: 'u-another-founder' } });
    expect(screen.queryByText(RESTORED)).toBeNull();
    expect(screen.getByLabelText(LABEL)).toHaveValue('');
  });
});
