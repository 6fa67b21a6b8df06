// The demo's people by their seed key (seeds/src/demo): the scenes of the demo act as them through
// the real services, so each looks up the signed-in user and the profile a key stands for.
import type { Container } from '../container.js';
import type { AuthUser } from '../http/api.js';
import { presentUser } from '../modules/accounts/presenter.js';

const email = (key: string) => `${key}@demo.ketnoi.vn`;

export function demoAccounts({ accounts, profiles }: Container['modules']) {
  const user = async (key: string): Promise<AuthUser> => {
    const found = await accounts.repository.findByEmail(email(key));
    if (!found) throw new Error(`demo account ${key} is missing`);
    return presentUser(found);
  };
  const profileOf = async (key: string) => (await profiles.repository.findByUserId((await user(key)).id))!;
  return { user, profileOf };
}
