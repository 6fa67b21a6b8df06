// The first screen the server writes into the public pages' HTML (read without JavaScript, as a
// phone on a slow network shows it before the scripts run): the landing's hero with a search form
// that works without scripts, a profile's header with its logo and first product photo, user text
// escaped, nothing for what a visitor may not see; and the words are the client's own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { adminEnv, member, profileBodies } from '../../../../test/helpers/fixtures.js';
import { png, uploaded } from '../../files/tests/helpers.js';
import { FIRST_PAINT_WORDS } from '../firstPaint.js';
import { clientVietnamese, firstPaint, useAppWithClient } from './helpers.js';

const t = useAppWithClient({ env: adminEnv });
let honey: Member;
let hidden: Member;
let logoId: string;
let photoId: string;

const html = (pathname: string) => firstPaint(t, pathname);

beforeAll(async () => {
  const name = 'Mật ong <b>"Chi Lăng"</b> & $1';
  honey = await member(t, 'startup', { name, headline: 'Mật ong hoa chanh rừng' });
  logoId = await uploaded(honey.client, 'logo', await png(400, 400), 'logo.png');
  photoId = await uploaded(honey.client, 'photo', await png(800, 600), 'mat-ong.png');
  const saved = await honey.client.put(
    '/api/profiles/me',
    profileBodies.startup({
      name,
      headline: 'Mật ong hoa chanh rừng',
      logoFileId: logoId,
      products: [{ name: 'Hộp quà <Tết>' }, { name: 'Mật ong chanh rừng', ocopStars: 4, photoFileIds: [photoId] }],
    }),
  );
  expect(saved.status).toBe(200);
  hidden = await member(t, 'startup', { name: 'Hồ sơ ẩn', hidden: true });
});

describe('landing first paint', () => {
  it('draws the hero with a search form that works without scripts', async () => {
    const { status, root } = await html('/');
    expect(status).toBe(200);
    expect(root).toContain('<h1>Kết nối khởi nghiệp với đúng người hỗ trợ</h1>');
    expect(root).toContain('<form role="search" class="searchbar portal-search" action="/search" method="get">');
    expect(root).toContain('name="q"');
    expect(root).toContain('<a href="/signup" class="btn btn--primary btn--large">Đăng ký miễn phí</a>');
    expect(root).not.toContain('name="province"');
    expect(root).toContain('<a href="/events" class="link-arrow">');
  });

  it('names the province and keeps the search in it', async () => {
    const { root } = await html('/?province=lang-son');
    expect(root).toContain('<p class="eyebrow">Cổng khởi nghiệp Lạng Sơn</p>');
    expect(root).toContain('<input type="hidden" name="province" value="lang-son" />');
    expect(root).toContain('<a href="/events?province=lang-son" class="link-arrow">');
  });
});

describe('profile first paint', () => {
  it('draws the header, logo and the first product with a photo, user text escaped', async () => {
    const { status, root } = await html(`/p/${honey.profile.id}`);
    expect(status).toBe(200);
    expect(root).toContain('<h1>Mật ong &lt;b&gt;&quot;Chi Lăng&quot;&lt;/b&gt; &amp; $1</h1>');
    expect(root).not.toContain('<b>');
    expect(root).toContain('<p class="lead">Mật ong hoa chanh rừng</p>');
    expect(root).toContain(`src="/api/files/${logoId}?variant=small"`);
    expect(root).toContain(`src="/api/files/${photoId}"`);
    expect(root).toContain('alt="Mật ong chanh rừng"');
    expect(root).not.toContain('Hộp quà');
    // The images it points at are ones a visitor may fetch.
    expect((await fetch(`${t.url}/api/files/${logoId}?variant=small`)).status).toBe(200);
    expect((await fetch(`${t.url}/api/files/${photoId}`)).status).toBe(200);
  });

  it('draws nothing for a profile a visitor may not see', async () => {
    for (const id of [hidden.profile.id, 'no-such-profile']) {
      const { status, root } = await html(`/p/${id}`);
      expect(status, id).toBe(404);
      expect(root, id).toBe('');
    }
  });

  it('leaves other pages to the client', async () => {
    expect((await html('/directory')).root).toBe('');
  });
});

describe('first paint words', () => {
  it('are the client’s Vietnamese translations, word for word', () => {
    const lookup = clientVietnamese();
    for (const [key, words] of Object.entries(FIRST_PAINT_WORDS)) expect(lookup(key), key).toBe(words);
  });
});
