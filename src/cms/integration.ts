import react from '@astrojs/react';
import type { AstroIntegration } from 'astro';
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsMode, GITHUB_REPO_VARIABLE } from './mode';

/** Keystatic's own files and ours use React; everything else (the islands) stays Preact. */
export const REACT_FILES = ['**/node_modules/@keystatic/**', '**/src/cms/**/*.{ts,tsx}'];

/**
 * The editor (Keystatic at /keystatic, its API at /api/keystatic), added only when src/cms/mode.ts says
 * so. Otherwise neither React nor Keystatic is loaded, and the routes do not exist in the build.
 *
 * It does what @keystatic/astro's own integration does (two server routes, React), with our pages:
 * src/cms/keystatic-page.astro gives the editor the Content-Security-Policy it needs, and the config is
 * imported from src/cms/ instead of a keystatic.config.ts at the project root.
 */
export function cms(): AstroIntegration {
  return {
    name: 'portal:cms',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, logger }) => {
        const mode = cmsMode(command, process.env);
        if (!mode) return;
        const root = fileURLToPath(config.root);
        // The editor's browser modules are served from node_modules; a throwaway copy of the project
        // (tests/support/project-copy.mjs) links those packages from the real checkout, outside its root.
        const packages = dirname(dirname(realpathSync(fileURLToPath(new URL('node_modules/@keystatic/core', config.root)))));
        updateConfig({
          integrations: [react({ include: REACT_FILES })],
          vite: {
            // Bundled when the server starts, not on the first visit to /keystatic (which would reload the page).
            optimizeDeps: { entries: ['src/cms/keystatic-ui.ts'] },
            server: { fs: { allow: [root, packages] } },
            // Keystatic's editor is one large bundle, loaded only at /keystatic: no warning about its size.
            build: { chunkSizeWarningLimit: 8000 },
          },
        });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: new URL('src/cms/keystatic-page.astro', config.root), prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: new URL('src/cms/keystatic-api.ts', config.root), prerender: false });
        logger.info(
          mode === 'local'
            ? '編集画面：/keystatic（保存すると、このパソコンの content/ と public/materials/ に書き込みます）'
            : `編集画面：/keystatic（GitHub の ${process.env[GITHUB_REPO_VARIABLE]} に、ログインした人の名前でコミットします）`,
        );
      },
    },
  };
}
