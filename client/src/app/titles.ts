// The browser tab's title for each page, "Nhu cầu — KếtNối" (issue 14 item 22: every page was
// titled "KếtNối"). Matched on the path, so routes.tsx stays as it is; a page not listed here is
// titled "KếtNối" (titles.test.ts checks that every route is listed). Keys are the navigation's
// own words, or the page's heading where the navigation has none.
const PAGES: [RegExp, string][] = [
  [/^\/$/, 'landing.tabTitle'],
  // With the addresses people type by habit (aliases.tsx), which open these pages.
  [/^\/(signin|sign-in|login|dang-nhap)$/, 'auth.signInTitle'],
  [/^\/(signup|sign-up|register|dang-ky)$/, 'auth.signUpTitle'],
  [/^\/forgot-password$/, 'account.forgot.title'],
  [/^\/reset-password$/, 'account.reset.title'],
  [/^\/events$/, 'nav.events'],
  [/^\/events\/new$/, 'events.form.createTitle'],
  [/^\/events\/[^/]+$/, 'nav.events'],
  [/^\/events\/[^/]+\/meetings$/, 'events.meetings.title'],
  [/^\/events\/[^/]+\/agenda$/, 'events.agenda.title'],
  [/^\/events\/[^/]+\/manage$/, 'events.console.title'],
  [/^\/calls$/, 'nav.calls'],
  [/^\/events\/[^/]+\/call$/, 'calls.mount.title'],
  [/^\/events\/[^/]+\/results$/, 'calls.results.title'],
  [/^\/events\/[^/]+\/judging$/, 'calls.sheet.title'],
  [/^\/events\/[^/]+\/call\/manage$/, 'calls.page.manage'],
  // Public pages set their own title (usePageTitle); these stand while it loads.
  [/^\/p\/[^/]+$/, 'nav.profile'],
  [/^\/directory$/, 'portal.directory.title'],
  [/^\/stats$/, 'portal.stats.title'],
  [/^\/opportunities(\/[^/]+)?$/, 'portal.opportunities.title'],
  [/^\/home$/, 'nav.home'],
  [/^\/search$/, 'nav.search'],
  [/^\/profiles\/[^/]+$/, 'nav.profile'],
  [/^\/intros$/, 'nav.intros'],
  [/^\/chat(\/[^/]+)?$/, 'nav.chat'],
  [/^\/consultations$/, 'nav.consultations'],
  [/^\/notifications$/, 'nav.notifications'],
  [/^\/settings\/notifications$/, 'account.settings.title'],
  [/^\/settings\/password$/, 'account.password.title'],
  [/^\/profile$/, 'nav.profile'],
  [/^\/needs(\/[^/]+)?$/, 'nav.needs'],
  [/^\/suggestions$/, 'nav.suggestions'],
  [/^\/staff$/, 'nav.queue'],
  [/^\/staff\/broker$/, 'nav.broker'],
  [/^\/staff\/planner$/, 'nav.planner'],
  [/^\/staff\/contacts$/, 'nav.contacts'],
  [/^\/staff\/verify$/, 'nav.verify'],
  [/^\/staff\/needs$/, 'nav.provinceNeeds'],
  [/^\/staff\/reports$/, 'nav.reports'],
  [/^\/admin$/, 'nav.users'],
  [/^\/admin\/weights$/, 'nav.weights'],
  [/^\/admin\/policy$/, 'nav.policy'],
];

/** The i18n key of the page at `pathname`, or null for a page without its own title. */
export function titleKeyFor(pathname: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return PAGES.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}
