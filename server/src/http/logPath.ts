// What the request log keeps of an address: the path without the query (queries may carry search
// words) and without the credential of a mail link. A one-tap or unsubscribe token in the path acts
// as the person the mail went to, and the store keeps only a hash of it (MAIL.md "Tokens"): the log
// names the route instead.
const TOKEN_IN_PATH = /^(\/api\/mail\/(?:actions|unsubscribe)\/)[^/]+/;

export function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(TOKEN_IN_PATH, '$1[token]');
}
