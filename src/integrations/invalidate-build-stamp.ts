import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { removeStamp } from '../server/build-stamp.mjs';

/**
 * Any `astro build`, even one run by hand, first removes the stamp that marks dist/ complete: until
 * `npm run build` finishes every step and writes it again, `npm start` will not serve dist/.
 */
export function invalidateBuildStamp(): AstroIntegration {
  return {
    name: 'portal:invalidate-build-stamp',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build') removeStamp(fileURLToPath(config.root));
      },
    },
  };
}
