// The browser tab's title for pages a visitor opens from a link or a search engine. The server
// writes the same titles into the HTML of the landing, /p/:id and the events pages
// (server/src/modules/portal/meta.ts); these keep them right when moving inside the app.
import { useEffect } from 'react';

export const SITE_NAME = 'KếtNối';

/** "Mật ong Chi Lăng — KếtNối"; the site's name alone without a title. */
export function pageTitle(title?: string): string {
  return title ? `${title} — ${SITE_NAME}` : SITE_NAME;
}

/** Pages showing a title of their own; while one does, the shell's title by path stands aside (Shell.tsx). */
let titledPages = 0;
export const pageOwnsTitle = () => titledPages > 0;

/**
 * Sets the tab's title while the page is shown; back to the site's name after. Undefined means
 * not known yet: the page still owns the tab, so the title the server wrote into the HTML stays
 * instead of the shell's generic one flashing in until the data arrives.
 */
export function usePageTitle(fullTitle: string | undefined): void {
  useEffect(() => {
    titledPages++;
    return () => {
      titledPages--;
      document.title = SITE_NAME;
    };
  }, []);
  useEffect(() => {
    if (fullTitle !== undefined) document.title = fullTitle;
  }, [fullTitle]);
}
