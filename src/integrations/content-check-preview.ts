import type { AstroIntegration } from 'astro';
import type { ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-check';
import { contentErrorPage } from './content-error-page';

/** Folders whose files the content check reads; a change there runs it again. */
const WATCHED = ['content/', 'public/', 'src/pages/'];

/**
 * In `astro dev`, runs the content check at start and after every change under content/ or public/.
 * While a problem remains, every page answers with a Japanese error page that lists them, so staff see
 * the mistake in the browser and not only in the terminal; the page reloads itself once it is fixed.
 */
export function contentCheckPreview(): AstroIntegration {
  let root = process.cwd();
  let problems: string[] = [];

  return {
    name: 'portal:content-check-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const run = async () => {
          const result = await checkContent(root);
          const before = problems.join('\n');
          problems = result.problems.map(formatProblem);
          if (problems.join('\n') === before) return false;
          if (problems.length > 0) logger.error(`内容に ${problems.length} 件の問題があります:\n${problems.join('\n')}`);
          else logger.info('内容チェック：問題はありません');
          return true;
        };
        await run();

        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          const file = relative(root, path).split(sep).join('/');
          if (!WATCHED.some((folder) => file.startsWith(folder))) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            // Reload open pages when the list changed: they show the errors, or the fixed page again.
            if (await run()) server.hot.send({ type: 'full-reload', path: '*' });
          }, 150);
        });

        server.middlewares.use((req, res: ServerResponse, next) => {
          const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
          if (problems.length === 0 || !wantsPage) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(contentErrorPage(problems));
        });
      },
    },
  };
}
