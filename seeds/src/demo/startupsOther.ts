// Startups of Phú Thọ and of provinces across the other regions.
// The entries themselves are data: demo/data/startupsOther.json.
import rows from './data/startupsOther.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const otherStartups: DemoEntry[] = demoEntries('startupsOther.json', rows);
