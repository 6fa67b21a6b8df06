// Providers: the Lạng Sơn department's co-working space, a supermarket chain, a trade-fair
// organiser, a digital marketplace, a laboratory and a training centre.
// The entries themselves are data: demo/data/providers.json.
import rows from './data/providers.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const providers: DemoEntry[] = demoEntries('providers.json', rows);
