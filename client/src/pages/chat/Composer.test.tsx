import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Me } from '@ketnoi/contract';
import { Composer } from './Composer.js';
import { renderApp } from '../../test/render.js';
import { fillThenLoseTab, RESTORED } from '../../test/drafts.js';
import { meAs, startupProfile } from '../../test/fixtures.js';

const founder = meAs(startupProfile());
const TEXT = 'Số điện thoại kho của em là';

function showComposer(options: { me?: Me; conversationId?: string; onSend?: (body: string) => void } = {}) {
  return renderApp(
    <Composer conversationId={options.conversationId ?? 'c-1'} onSend={options.onSend ?? (() => {})} onTyping={() => {}} />,
    {
      me: options.me ?? founder,
    },
  );
}

function typeThenLoseTab() {
  return fillThenLoseTab(
    () => showComposer(),
    async (user) => {
      await user.type(screen.getByLabelText('Tin nhắn'), TEXT);
    },
  );
}

describe('Chat composer draft', () => {
  it('brings back the unsent text of the conversation after the tab was lost, with a note', async () => {
    await typeThenLoseTab();
    showComposer();
    expect(screen.getByRole('status')).toHaveTextContent(RESTORED);
    expect(screen.getByLabelText('Tin nhắn')).toHaveValue(TEXT);
  });

  it('keeps each conversation’s text apart', async () => {
    await typeThenLoseTab();
    showComposer({ conversationId: 'c-2' });
    expect(screen.getByLabelText('Tin nhắn')).toHaveValue('');
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('is forgotten once the message is sent', async () => {
    const onSend = vi.fn();
    const user = await typeThenLoseTab();
    const second = showComposer({ onSend });
    await user.type(screen.getByLabelText('Tin nhắn'), ' 0912 345 678{Enter}');
    expect(onSend).toHaveBeenCalledWith(`${TEXT} 0912 345 678`);
    expect(screen.queryByText(RESTORED)).toBeNull();
    second.unmount();
    showComposer();
    expect(screen.getByLabelText('Tin nhắn')).toHaveValue('');
    expect(sessionStorage.length).toBe(0);
  });

  it('is discarded on request', async () => {
    const user = await typeThenLoseTab();
    const second = showComposer();
    await user.click(screen.getByRole('button', { name: 'Bỏ nội dung này' }));
    expect(screen.getByLabelText('Tin nhắn')).toHaveValue('');
    second.unmount();
    showComposer();
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('is not restored for another account on the same tab', async () => {
    await typeThenLoseTab();
    showComposer({ me: { ...founder, user: { ...founder.user, id: 'u-another-founder' } } });
    expect(screen.getByLabelText('Tin nhắn')).toHaveValue('');
  });

  it('never goes to localStorage', async () => {
    await typeThenLoseTab();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(1);
  });
});
