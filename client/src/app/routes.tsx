import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Shell } from './Shell.js';
import { RouteError, NotFound } from './RouteError.js';
import { RequireAdmin, RequireAuth, RequireProfileRole, RequireStaff } from './guards.js';
import Landing from '../pages/Landing.js';
import PublicProfilePage from '../pages/portal/PublicProfilePage.js';
import { Loading } from '../components/States.js';
import { aliasRoutes } from './aliases.js';

// Every route except the landing and the public profile (the two pages visitors arrive on from a
// shared link, drawn first by the server) is a separate chunk loaded on first visit.
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      { index: true, Component: Landing },
      { path: 'signin', lazy: page(() => import('../pages/auth/SignIn.js')) },
      { path: 'signup', lazy: page(() => import('../pages/auth/SignUp.js')) },
      { path: 'forgot-password', lazy: page(() => import('../pages/auth/ForgotPassword.js')) },
      // The path the password.reset mail links to (server/src/modules/mail/kinds/passwordReset.ts).
      { path: 'reset-password', lazy: page(() => import('../pages/auth/ResetPassword.js')) },
      // The public portal (no account needed): profiles, the directory, search, figures, opportunities.
      { path: 'p/:id', Component: PublicProfilePage },
      { path: 'directory', lazy: page(() => import('../pages/portal/DirectoryPage.js')) },
      { path: 'search', lazy: page(() => import('../pages/search/SearchPage.js')) },
      { path: 'stats', lazy: page(() => import('../pages/portal/StatsPage.js')) },
      { path: 'opportunities', lazy: page(() => import('../pages/opportunities/OpportunitiesPage.js')) },
      { path: 'opportunities/:id', lazy: page(() => import('../pages/opportunities/OpportunityPage.js')) },
      // The regional calendar and event pages are public (docs/EVENTS.md); the rest needs a session.
      { path: 'events', lazy: page(() => import('../pages/events/EventsPage.js')) },
      { path: 'events/:id', lazy: page(() => import('../pages/events/EventPage.js')) },
      // Calls for entries: public while their event is published (the call.results_published mail links to the results).
      { path: 'calls', lazy: page(() => import('../pages/calls/CallsPage.js')) },
      { path: 'events/:id/call', lazy: page(() => import('../pages/calls/CallPage.js')) },
      { path: 'events/:id/results', lazy: page(() => import('../pages/calls/ResultsPage.js')) },
      {
        Component: RequireAuth,
        children: [
          { path: 'home', lazy: page(() => import('../pages/Home.js')) },
          { path: 'profiles/:id', lazy: page(() => import('../pages/profile/ProfilePage.js')) },
          { path: 'intros', lazy: page(() => import('../pages/intros/IntrosPage.js')) },
          { path: 'chat', lazy: page(() => import('../pages/chat/ChatPage.js')) },
          { path: 'chat/:id', lazy: page(() => import('../pages/chat/ChatPage.js')) },
          { path: 'consultations', lazy: page(() => import('../pages/consultations/ConsultationsPage.js')) },
          { path: 'notifications', lazy: page(() => import('../pages/notifications/NotificationsPage.js')) },
          { path: 'events/:id/meetings', lazy: page(() => import('../pages/events/MeetingsPage.js')) },
          // The event meeting mails link here (server/src/modules/mail/kinds/eventMeetings.ts).
          { path: 'events/:id/agenda', lazy: page(() => import('../pages/events/AgendaPage.js')) },
          // Every mail's footer links here (server/src/modules/mail/render.ts).
          { path: 'settings/notifications', lazy: page(() => import('../pages/settings/NotificationSettingsPage.js')) },
          // From the account menu (components/UserMenu.tsx).
          { path: 'settings/password', lazy: page(() => import('../pages/settings/ChangePasswordPage.js')) },
          { path: 'events/:id/judging', lazy: page(() => import('../pages/calls/JudgingPage.js')) },
          {
            Component: RequireProfileRole,
            children: [
              { path: 'profile', lazy: page(() => import('../pages/profile/MyProfilePage.js')) },
              { path: 'needs', lazy: page(() => import('../pages/needs/NeedsPage.js')) },
              { path: 'needs/:id', lazy: page(() => import('../pages/matches/NeedMatchesPage.js')) },
              { path: 'suggestions', lazy: page(() => import('../pages/matches/SuggestionsPage.js')) },
            ],
          },
          {
            path: 'staff',
            Component: RequireStaff,
            children: [
              { index: true, lazy: page(() => import('../pages/staff/QueuePage.js')) },
              { path: 'broker', lazy: page(() => import('../pages/staff/BrokerPage.js')) },
              { path: 'planner', lazy: page(() => import('../pages/staff/PlannerPage.js')) },
              { path: 'contacts', lazy: page(() => import('../pages/staff/ContactsPage.js')) },
              { path: 'verify', lazy: page(() => import('../pages/staff/VerifyPage.js')) },
              { path: 'needs', lazy: page(() => import('../pages/staff/StaffNeedsPage.js')) },
              { path: 'reports', lazy: page(() => import('../pages/staff/ReportsPage.js')) },
            ],
          },
          {
            Component: RequireStaff,
            children: [
              { path: 'events/new', lazy: page(() => import('../pages/events/NewEventPage.js')) },
              { path: 'events/:id/manage', lazy: page(() => import('../pages/events/ConsolePage.js')) },
              { path: 'events/:id/call/manage', lazy: page(() => import('../pages/calls/CallConsolePage.js')) },
            ],
          },
          {
            path: 'admin',
            Component: RequireAdmin,
            children: [
              { index: true, lazy: page(() => import('../pages/admin/UsersPage.js')) },
              { path: 'weights', lazy: page(() => import('../pages/admin/WeightsPage.js')) },
              { path: 'policy', lazy: page(() => import('../pages/admin/PolicyPage.js')) },
            ],
          },
        ],
      },
      ...aliasRoutes,
      { path: '*', Component: NotFound },
    ],
  },
];
