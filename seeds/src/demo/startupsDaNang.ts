// Startups of Đà Nẵng (including former Quảng Nam: Đông Giang, Tây Giang) and Huế.
// The entries themselves are data: demo/data/startupsDaNang.json.
import rows from './data/startupsDaNang.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const daNangStartups: DemoEntry[] = demoEntries('startupsDaNang.json', rows);
