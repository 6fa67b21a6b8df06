import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { LinkedText } from './LinkedText.js';

const linksIn = (text: string) =>
  [...render(<LinkedText>{text}</LinkedText>).container.querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent,
    target: a.getAttribute('target'),
    rel: a.getAttribute('rel'),
  }));

describe('LinkedText', () => {
  it('turns the web address of a meeting into a link that opens apart from the app', () => {
    const { container } = render(<LinkedText>{'Họp qua https://meet.google.com/abc-defg-hij lúc 9 giờ.'}</LinkedText>);
    expect(container).toHaveTextContent('Họp qua https://meet.google.com/abc-defg-hij lúc 9 giờ.');
    expect(linksIn('Họp qua https://meet.google.com/abc-defg-hij lúc 9 giờ.')).toEqual([
      {
        href: 'https://meet.google.com/abc-defg-hij',
        text: 'https://meet.google.com/abc-defg-hij',
        target: '_blank',
        rel: 'noopener noreferrer nofollow ugc',
      },
    ]);
  });

  it('links www. addresses over https and mail addresses with mailto', () => {
    expect(linksIn('Xem www.noip.gov.vn hoặc gửi luat@vpluat.vn').map((l) => l.href)).toEqual([
      'https://www.noip.gov.vn',
      'mailto:luat@vpluat.vn',
    ]);
  });

  it('leaves words with dots, numbers and other schemes as text', () => {
    expect(linksIn('Đơn số 4-2026-01234, v.v. giá 3.5 triệu, Sở KH&CN.Lạng Sơn, javascript:alert(1), noip.gov.vn')).toEqual([]);
  });
});
