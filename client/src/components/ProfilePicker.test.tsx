import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProfilePicker } from './ProfilePicker.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { meAs, startupProfile } from '../test/fixtures.js';

function Picker({ onChange }: { onChange: (id: string, name: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <ProfilePicker
      label="Liên hệ với"
      kinds={['startup']}
      value={value}
      onChange={(id, name) => {
        setValue(id);
        onChange(id, name);
      }}
    />
  );
}

describe('ProfilePicker', () => {
  it('shows nothing as chosen at first, and the first profile can be chosen', async () => {
    mockApi({
      'GET /api/profiles': {
        items: [startupProfile({ id: 'p-may-tre', name: 'HTX Mây tre đan Bình Gia' }), startupProfile({ id: 'p-honey' })],
        nextCursor: null,
      },
    });
    const onChange = vi.fn();
    renderApp(<Picker onChange={onChange} />, { me: meAs(null, 'staff') });
    const list = screen.getByRole('listbox', { name: 'Liên hệ với' });
    const first = await screen.findByRole('option', { name: /HTX Mây tre đan Bình Gia/ });
    expect(first).not.toHaveProperty('selected', true);
    expect(list).toHaveValue('');

    await userEvent.selectOptions(list, 'p-may-tre');
    expect(onChange).toHaveBeenCalledWith('p-may-tre', 'HTX Mây tre đan Bình Gia');
    expect(first).toHaveProperty('selected', true);
  });
});
