// Drafts (lib/useDraft.ts) are tested the way a phone loses them: a form is filled as a person
// would, the tab dies (the render is unmounted, sessionStorage stays), and the page opens again.
import userEvent, { type UserEvent } from '@testing-library/user-event';

/** The note a restored draft shows (i18n/vi/drafts.json). */
export const RESTORED = 'Đã khôi phục nội dung bạn đang nhập dở.';

/** Renders a form, lets `fill` type into it, then loses the tab; the user goes on in the next render. */
export async function fillThenLoseTab(render: () => { unmount(): void }, fill: (user: UserEvent) => Promise<void>): Promise<UserEvent> {
  const user = userEvent.setup();
  const first = render();
  await fill(user);
  first.unmount();
  return user;
}
