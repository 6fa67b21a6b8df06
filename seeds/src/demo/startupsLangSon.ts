// Startups of Lạng Sơn: the cases the province's own reports describe (DESIGN.md).
// The entries themselves are data: demo/data/startupsLangSon.json.
import rows from './data/startupsLangSon.json';
import { demoEntries, type DemoEntry } from './entries.js';

export const langSonStartups: DemoEntry[] = demoEntries('startupsLangSon.json', rows);
