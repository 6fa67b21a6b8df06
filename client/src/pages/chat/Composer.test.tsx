import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

describe('Chat composer size', () => {
  /** jsdom lays nothing out: the box reports the height its text needs, as a browser would. */
  function needsHeight(input: HTMLElement, px: number) {
    Object.defineProperty(input, 'scrollHeight', { configurable: true, get: () => px });
  }

  it('grows with its text up to five lines, then scrolls inside; Shift+Enter adds a line, Enter sends', async () => {
    const onSend = vi.fn();
    const user = userEvent.setup();
    showComposer({ onSend });
    const input = screen.getByLabelText('Tin nhắn');
    expect(input).toHaveAttribute('rows', '1');

    needsHeight(input, 72);
    await user.type(input, 'Dòng một{Shift>}{Enter}{/Shift}Dòng hai');
    expect(input).toHaveValue('Dòng một\nDòng hai');
    expect(onSend).not.toHaveBeenCalled();
    expect(input.style.height).toBe('72px');
    expect(input.style.overflowY).toBe('hidden');

    // Far past five lines: the box stops at five (24px lines where no stylesheet says otherwise) and scrolls.
    needsHeight(input, 400);
    await user.type(input, '{Shift>}{Enter}{/Shift}3{Shift>}{Enter}{/Shift}4{Shift>}{Enter}{/Shift}5{Shift>}{Enter}{/Shift}6');
    expect(input.style.height).toBe('120px');
    expect(input.style.overflowY).toBe('auto');

    // Sent: back to one line.
    needsHeight(input, 40);
    await user.type(input, '{Enter}');
    expect(onSend).toHaveBeenCalledWith('Dòng một\nDòng hai\n3\n4\n5\n6');
    expect(input).toHaveValue('');
    expect(input.style.height).toBe('40px');
  });
});
