// Experts: IP agents, standards and food-safety specialists, distribution connectors, mentors,
// lawyers, technologists and marketers, with varied capacity, reach and fees.
// The entries themselves are data: demo/data/experts.json.
import rows from './data/experts.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const experts: DemoEntry[] = demoEntries('experts.json', rows);
