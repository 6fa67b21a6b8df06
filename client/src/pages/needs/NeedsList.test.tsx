import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { NeedsList } from './NeedsList.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { need } from '../../test/fixtures.js';

describe('Needs list', () => {
  it('shows a need’s status once: a select for whoever may change it, a badge for the others', () => {
    mockApi({});
    const item = need({ title: 'Đăng ký nhãn hiệu mật ong', status: 'in_progress' });
    const { unmount } = renderApp(<NeedsList needs={[item]} editable />);
    const card = screen.getByRole('listitem');
    expect(within(card).getByRole('combobox', { name: /Đăng ký nhãn hiệu mật ong/ })).toHaveValue('in_progress');
    expect(within(card).queryByText('Đang xử lý', { selector: '.badge' })).toBeNull();
    unmount();

    renderApp(<NeedsList needs={[item]} />);
    expect(within(screen.getByRole('listitem')).queryByRole('combobox')).toBeNull();
    expect(within(screen.getByRole('listitem')).getByText('Đang xử lý', { selector: '.badge' })).toBeInTheDocument();
  });
});
