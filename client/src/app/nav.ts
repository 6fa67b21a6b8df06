import type { Role } from '@ketnoi/contract';

export interface NavItem {
  to: string;
  /** i18n key under nav.* */
  key: string;
  icon: string;
  /** Shown in the phone bottom bar (at most four per role; the rest sit behind "More"). */
  primary?: boolean;
  end?: boolean;
}

const common = {
  search: { to: '/search', key: 'search', icon: '⌕' },
  intros: { to: '/intros', key: 'intros', icon: '⇄' },
  chat: { to: '/chat', key: 'chat', icon: '✉' },
  consultations: { to: '/consultations', key: 'consultations', icon: '◷' },
  events: { to: '/events', key: 'events', icon: '◇' },
  profile: { to: '/profile', key: 'profile', icon: '☺' },
  opportunities: { to: '/opportunities', key: 'opportunities', icon: '◈' },
  home: { to: '/home', key: 'home', icon: '⌂' },
  calls: { to: '/calls', key: 'calls', icon: '✦' },
} satisfies Record<string, NavItem>;

const staffItems: NavItem[] = [
  { to: '/staff', key: 'queue', icon: '☰', primary: true, end: true },
  { to: '/staff/needs', key: 'provinceNeeds', icon: '✎' },
  { to: '/staff/broker', key: 'broker', icon: '⇄', primary: true },
  { to: '/staff/planner', key: 'planner', icon: '▦' },
  { to: '/staff/contacts', key: 'contacts', icon: '☎' },
  { to: '/staff/verify', key: 'verify', icon: '✓' },
  { to: '/staff/reports', key: 'reports', icon: '▤', primary: true },
  { to: '/events', key: 'events', icon: '◇' },
  common.calls,
];

/** A member's menu: the same for every member role but the second entry, the role's own work (needs or suggestions). */
function memberItems(own: NavItem): NavItem[] {
  return [
    { ...common.home, primary: true },
    { ...own, primary: true },
    common.search,
    { ...common.intros, primary: true },
    { ...common.chat, primary: true },
    common.consultations,
    common.opportunities,
    common.events,
    common.calls,
    common.profile,
  ];
}

export function navItemsFor(role: Role): NavItem[] {
  switch (role) {
    case 'startup':
      return memberItems({ to: '/needs', key: 'needs', icon: '✎' });
    case 'expert':
    case 'investor':
    case 'provider':
      return memberItems({ to: '/suggestions', key: 'suggestions', icon: '★' });
    case 'staff':
      return [...staffItems, { ...common.search }, { ...common.chat, primary: true }];
    case 'admin':
      return [
        { to: '/admin', key: 'users', icon: '☺', primary: true, end: true },
        { to: '/admin/weights', key: 'weights', icon: '⚖', primary: true },
        { to: '/admin/policy', key: 'policy', icon: '⚙' },
        ...staffItems.map((item) => ({ ...item, primary: item.key === 'reports' })),
        { ...common.search, primary: true },
      ];
  }
}

/** Where "home" is for each role after signing in. */
export function homePathFor(role: Role): string {
  if (role === 'staff') return '/staff';
  if (role === 'admin') return '/admin';
  return '/home';
}
