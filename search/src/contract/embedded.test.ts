import { createEmbeddedSearchEngine } from '../embedded/embeddedEngine.js';
import { runSearchContract } from './searchContract.js';

runSearchContract('embedded', () => createEmbeddedSearchEngine());
