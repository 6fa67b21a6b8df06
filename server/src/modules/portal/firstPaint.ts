// The first screen of the public pages, written into the HTML the server sends (inside the web
// client's #root), so a phone on a slow network shows the page before the scripts arrive, and a
// crawler reads it without running them. React replaces it on its first render (createRoot
// clears #root), so the markup mirrors the client's (the same class names and Vietnamese words:
// client/src/app/Shell.tsx, pages/Landing.tsx, pages/portal/PublicProfilePage.tsx, and a test
// checks the words against the client's vi translations). Every value is escaped: it is user text.
// The events calendar's first screen is in eventsFirstPaint.ts.
import type { ProfileKind } from '@ketnoi/contract';
import { escapeHtml } from '../../http/pageMeta.js';

/** The client's Vietnamese words these pages use (client/src/i18n/vi.json and vi/portal.json). */
export const FIRST_PAINT_WORDS = {
  'nav.skip': 'Bỏ qua, tới nội dung chính',
  'nav.signIn': 'Đăng nhập',
  'landing.title': 'Kết nối khởi nghiệp với đúng người hỗ trợ',
  'landing.signUp': 'Đăng ký miễn phí',
  'landing.signIn': 'Đăng nhập',
  'search.submit': 'Tìm',
  'events.calendar.landingLink': 'Xem lịch sự kiện khởi nghiệp của các tỉnh, không cần đăng nhập',
  'portal.landing.eyebrow': 'Cổng khởi nghiệp đổi mới sáng tạo',
  'portal.landing.provincePortal': 'Cổng khởi nghiệp {{place}}',
  'portal.landing.lead':
    'Tìm dự án khởi nghiệp, sản phẩm OCOP, chuyên gia, nhà đầu tư và đơn vị hỗ trợ của tỉnh; xem sự kiện sắp tới và kết quả hỗ trợ. Miễn phí, không cần tài khoản để xem.',
  'portal.landing.searchLabel': 'Tìm dự án, sản phẩm, chuyên gia',
  'portal.landing.searchPlaceholder': 'Ví dụ: mat ong, nhãn hiệu, chè…',
  'portal.nav.label': 'Cổng khởi nghiệp',
  'portal.nav.directory': 'Dự án',
  'portal.nav.search': 'Tìm kiếm',
  'portal.nav.events': 'Sự kiện',
  'portal.nav.opportunities': 'Cơ hội',
  'portal.nav.stats': 'Số liệu',
  'profile.verified': 'Đã xác minh',
  'fields.products': 'Sản phẩm',
  'roles.startup': 'Khởi nghiệp',
  'roles.expert': 'Chuyên gia',
  'roles.investor': 'Nhà đầu tư',
  'roles.provider': 'Đơn vị hỗ trợ',
} as const;

const w = (key: keyof typeof FIRST_PAINT_WORDS) => escapeHtml(FIRST_PAINT_WORDS[key]);
const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

/** The visitor's shell: skip link, top bar (language switch, sign in) and the main column. */
export function shell(content: string): string {
  return (
    `<div class="shell"><a class="skip-link" href="#main">${w('nav.skip')}</a>` +
    `<header class="topbar"><a class="brand" href="/"><span class="brand__mark" aria-hidden="true"></span><span>KếtNối</span></a>` +
    `<div class="topbar__actions"><span class="btn btn--ghost lang-switch" lang="en" aria-hidden="true">EN</span>` +
    `<a class="btn btn--ghost" href="/signin">${w('nav.signIn')}</a></div></header>` +
    `<div class="layout"><main id="main" class="main" tabindex="-1">${content}</main></div></div>`
  );
}

function publicNav(province: string | null): string {
  const suffix = province ? `?province=${encodeURIComponent(province)}` : '';
  const links = (['directory', 'search', 'events', 'opportunities', 'stats'] as const)
    .map((key) => `<li><a class="public-nav__link" href="/${key}${escapeHtml(suffix)}">${w(`portal.nav.${key}`)}</a></li>`)
    .join('');
  return `<nav class="public-nav" aria-label="${w('portal.nav.label')}"><ul>${links}</ul></nav>`;
}

/** `/` (and `/?province=`): the hero with a search box that works before (and without) the scripts. */
export function landingFirstPaint(province: { code: string; name: string } | null): string {
  const eyebrow = province
    ? escapeHtml(FIRST_PAINT_WORDS['portal.landing.provincePortal'].replace('{{place}}', province.name))
    : w('portal.landing.eyebrow');
  const scope = province ? `<input type="hidden" name="province" value="${escapeHtml(province.code)}" />` : '';
  const scopeQuery = province ? escapeHtml(`?province=${encodeURIComponent(province.code)}`) : '';
  return shell(
    `<div class="landing"><section class="hero"><p class="eyebrow">${eyebrow}</p><h1>${w('landing.title')}</h1>` +
      `<p class="hero__lead">${w('portal.landing.lead')}</p>` +
      `<form role="search" class="searchbar portal-search" action="/search" method="get">` +
      `<label for="portal-q" class="visually-hidden">${w('portal.landing.searchLabel')}</label>` +
      `<input id="portal-q" class="input" type="search" name="q" enterkeyhint="search" placeholder="${w('portal.landing.searchPlaceholder')}" />` +
      `${scope}<button type="submit" class="btn btn--primary">${w('search.submit')}</button></form>` +
      `<div class="hero__actions"><a href="/signup" class="btn btn--primary btn--large">${w('landing.signUp')}</a>` +
      `<a href="/signin" class="btn btn--secondary btn--large">${w('landing.signIn')}</a></div>` +
      `<p><a href="/events${scopeQuery}" class="link-arrow">${w('events.calendar.landingLink')}</a></p></section></div>`,
  );
}

export interface FirstPaintProfile {
  id: string;
  kind: ProfileKind;
  name: string;
  headline: string;
  verified: boolean;
  provinceName: string;
  commune?: string | undefined;
  logoFileId?: string | undefined;
  /** The first product that has a photo (what the client loads at once). */
  firstProduct?: { name: string; photoFileId: string } | undefined;
}

/** `/p/:id`: the profile's header and its first product photo, the same boxes the client draws. */
export function profileFirstPaint(p: FirstPaintProfile): string {
  const logo = p.logoFileId
    ? `<img class="logo logo--large" src="${fileUrl(p.logoFileId)}?variant=small" alt="" width="96" height="96" fetchpriority="high" decoding="async" />`
    : `<span class="logo logo--large logo--initial" aria-hidden="true">${escapeHtml(p.name.trim().charAt(0).toUpperCase())}</span>`;
  const verified = p.verified ? ` <span class="badge badge--ok">${w('profile.verified')}</span>` : '';
  const place = escapeHtml(p.provinceName + (p.commune ? ` · ${p.commune}` : ''));
  const product = p.firstProduct
    ? `<section class="products"><h2>${w('fields.products')}</h2><ul class="product-grid"><li class="card product">` +
      `<img class="product__photo" src="${fileUrl(p.firstProduct.photoFileId)}" srcset="${fileUrl(p.firstProduct.photoFileId)}?variant=small 400w, ${fileUrl(p.firstProduct.photoFileId)} 1600w" ` +
      `sizes="(min-width: 900px) 360px, calc(100vw - 32px)" alt="${escapeHtml(p.firstProduct.name)}" width="400" height="300" fetchpriority="high" decoding="async" />` +
      `<div class="product__body"><h3>${escapeHtml(p.firstProduct.name)}</h3></div></li></ul></section>`
    : '';
  return shell(
    `<div class="page public-page">${publicNav(null)}<article class="showcase"><header class="showcase-head">${logo}` +
      `<div class="showcase-head__text"><p class="eyebrow">${w(`roles.${p.kind}`)}</p><h1>${escapeHtml(p.name)}${verified}</h1>` +
      (p.headline ? `<p class="lead">${escapeHtml(p.headline)}</p>` : '') +
      `<p class="muted">${place}</p></div></header>${product}</article></div>`,
  );
}
