// Investors: a provincial investment & startup club, an angel, two funds, a corporate and a
// public fund. Tickets are integer VND.
// The entries themselves are data: demo/data/investors.json.
import rows from './data/investors.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const investors: DemoEntry[] = demoEntries('investors.json', rows);
