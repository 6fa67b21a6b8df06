import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Highlight } from './Highlight.js';
import { parseHighlight } from '../lib/highlight.js';

describe('Highlight', () => {
  it('renders <mark> from the server as a mark element around the hit', () => {
    const { container } = render(<Highlight html="Đăng ký <mark>nhãn hiệu</mark> cho mật ong" />);
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('nhãn hiệu');
    expect(container).toHaveTextContent('Đăng ký nhãn hiệu cho mật ong');
  });

  it('never turns a raw <script> or <img onerror> into elements', () => {
    const html = 'a<script>alert(1)</script><mark>b</mark><img src=x onerror="alert(2)"><b>c</b>';
    const { container } = render(<Highlight html={html} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('a<script>alert(1)</script>b<img src=x onerror="alert(2)"><b>c</b>');
  });

  it('shows escaped text from the server as the characters it stands for, still as text', () => {
    const { container } = render(<Highlight html='&lt;img src=x onerror=alert(1)&gt; &amp; <mark>"mật"</mark> &#39;ong&#39;' />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> & "mật" \'ong\'');
    expect(container.querySelector('mark')).toHaveTextContent('"mật"');
  });

  it('does not honour mark tags with attributes or entity-encoded marks', () => {
    expect(parseHighlight('<mark onclick="x">a</mark>')).toEqual([{ text: '<mark onclick="x">a', marked: false }]);
    expect(parseHighlight('&lt;mark&gt;a&lt;/mark&gt;')).toEqual([{ text: '<mark>a</mark>', marked: false }]);
  });
});
