/**
 * Which editor the site gets, decided once from the command and the environment:
 * - 'local': `npm run cms` (astro dev with PORTAL_CMS=local). Saves write to this machine's content/.
 * - 'github': PUBLIC_KEYSTATIC_GITHUB_REPO is set. Saves are commits made on GitHub by the signed-in
 *   editor, so the admin routes may be part of a production build.
 * - null: no editor. `npm run dev`, and every build without the GitHub settings: /keystatic and
 *   /api/keystatic do not exist, so the production server answers 404.
 * Local mode is never built: a server that writes to its own disk without a login must not be deployed.
 */
export type CmsMode = 'local' | 'github' | null;

export type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

/** The environment variable `npm run cms` sets. */
export const LOCAL_FLAG = 'PORTAL_CMS';
/** owner/name of the GitHub repository the editor commits to (read in the browser too, hence PUBLIC_). */
export const GITHUB_REPO_VARIABLE = 'PUBLIC_KEYSTATIC_GITHUB_REPO';

const REPO = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

export function cmsMode(command: AstroCommand, env: Record<string, string | undefined>): CmsMode {
  const repo = env[GITHUB_REPO_VARIABLE];
  if (repo) {
    if (!REPO.test(repo)) {
      throw new Error(`${GITHUB_REPO_VARIABLE}「${repo}」は「所有者/リポジトリ名」の形にしてください（例：example-org/occupational-health-portal）`);
    }
    return 'github';
  }
  return command === 'dev' && env[LOCAL_FLAG] === 'local' ? 'local' : null;
}

/** The `storage` setting of the Keystatic config for a mode (the config itself reads it in the browser). */
export function storageFor(repo: string | undefined) {
  if (!repo) return { kind: 'local' } as const;
  const [owner, name] = repo.split('/');
  return { kind: 'github', repo: { owner, name } } as const;
}
