// The browser tab's title for pages a visitor opens from a link or a search engine. The server
// writes the same titles into the HTML of the landing, /p/:id and the events pages
// (server/src/modules/portal/meta.ts); these keep them right when moving inside the app.
import { useEffect } from 'react';

export const SITE_NAME = 'KếtNối';

/** "Mật ong Chi Lăng — KếtNối"; the site's name alone without a title. */
export function pageTitle(title?: string): string {
  return title ? `${title} — ${SITE_NAME}` : SITE_NAME;
}

/** Sets the tab's title while the page is shown (undefined: not known yet); back to the site's name after. */
export function usePageTitle(fullTitle: string | undefined): void {
  useEffect(() => {
    if (fullTitle === undefined) return;
    document.title = fullTitle;
    return () => {
      document.title = SITE_NAME;
    };
  }, [fullTitle]);
}
