// Entry point: validate configuration, build the app, listen, and shut down gracefully.
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nKếtNối cannot start.\n${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  const { url } = await app.listen();
  app.logger.info({ url, store: app.store.engine }, 'KếtNối is listening');
  printBanner(url, app.banner());

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function printBanner(url: string, lines: string[]): void {
  const out = ['', `  KếtNối is running at ${url}`, `  API docs: ${url}/api/docs`, ...lines.map((l) => `  ${l}`), ''];
  console.log(out.join('\n'));
}

/** A failed start is told in words (with the cause's words); the stack only when asked for with LOG_LEVEL. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  const verbose = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  return `${error.message}${cause}${verbose ? `\n${error.stack ?? ''}` : '\nSet LOG_LEVEL=debug to see where it failed.'}`;
}

main().catch((error: unknown) => {
  console.error(`\nKếtNối failed to start: ${describeFailure(error)}\n`);
  process.exit(1);
});
