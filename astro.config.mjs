// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import node from '@astrojs/node';

// Static by default: only routes with `export const prerender = false` run on the Node server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://portal.example.jp',
  // Pages are built as folders (/guides/x/); the collector answers at /api/event without a slash.
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  integrations: [mdx(), preact()],
  // No session cookie and no session runtime: the portal keeps no visitor state on the server.
  session: false,
  security: {
    // A Content-Security-Policy with hashes for every script and style Astro emits; no 'unsafe-inline'.
    // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a worker from /pagefind/.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
