// The server as a library: what code that runs the app inside its own process needs. Bundled to
// dist/index.js beside main.js, so such code (the realtime benchmark) runs the very build
// `npm start` runs rather than the sources through a development loader.
export type { App, AppOptions } from './app.js';
export { createApp } from './app.js';
export { loadConfig } from './config.js';
