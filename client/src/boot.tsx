// The app itself: translations, the query cache, the router and the first render. main.tsx
// starts it once the server's first screen has been painted.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from './i18n/index.js';
import { createQueryClient } from './app/queryClient.js';
import { seedFirstPaintData } from './app/firstPaintData.js';
import { AppProviders } from './app/AppProviders.js';
import { routes } from './app/routes.js';

// Each step in its own task: a phone's main thread is never held for the whole start-up at once
// (Lighthouse counts every task over 50 ms as blocking time).
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const i18n = initI18n();
await yieldToMain();
const queryClient = createQueryClient();
// What the server writes in words (match reasons, clash warnings) comes in the language asked
// for: after a switch, fetch it again in the new one.
i18n.on('languageChanged', () => void queryClient.invalidateQueries());
seedFirstPaintData(queryClient);
const router = createBrowserRouter(routes);
await yieldToMain();
// A page the server drew (the calendar) whose route is a lazy chunk: keep the server's screen until
// the chunk is in, instead of replacing it with the router's loading fallback in between.
if (document.getElementById('root')!.hasChildNodes() && !router.state.initialized) {
  await new Promise<void>((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

const root = createRoot(document.getElementById('root')!);
// The first render as a transition: React renders in slices and yields to the browser between
// them, so a phone's main thread is never blocked for long while the page first comes up.
startTransition(() => {
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
});
