// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import node from '@astrojs/node';
import { contentCheckPreview } from './src/integrations/content-check-preview';
import { invalidateBuildStamp } from './src/integrations/invalidate-build-stamp';
import { cms } from './src/cms/integration';

// Static by default: only routes with `export const prerender = false` run on the Node server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://portal.example.jp',
  // Pages are built as folders (/guides/x/); the collector answers at /api/event without a slash.
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  // Preact for the islands only: the editor (src/cms/, only in `npm run cms` or GitHub mode) uses React.
  integrations: [mdx(), preact({ include: ['**/src/islands/**/*.{ts,tsx}'] }), invalidateBuildStamp(), contentCheckPreview(), cms()],
  // The guides contain no code blocks. Shiki would colour them with inline styles, which the CSP below
  // forbids (Astro warns about exactly that), so syntax highlighting is off.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with the directive "use astro:head-inject" and reads it before
        // bundling; Rolldown then warns once per article that it may drop the directive, which is
        // harmless (withastro/astro#18087). Our own code has no module-level directives.
        checks: { moduleLevelDirective: false },
      },
    },
  },
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
