import { describe, expect, it } from 'vitest';
import { cmsMode, storageFor } from '../../src/cms/mode';

// Which editor a server gets. Local mode writes to the disk without a login, so it exists only under
// `npm run cms` (astro dev); a build has an editor only in GitHub mode, when the repository is configured.
describe('the editor mode', () => {
  it('local only for `npm run cms`, never in a build, a preview or `npm run dev`', () => {
    expect(cmsMode('dev', { PORTAL_CMS: 'local' })).toBe('local');
    expect(cmsMode('dev', {})).toBeNull();
    expect(cmsMode('dev', { PORTAL_CMS: '1' })).toBeNull();
    for (const command of ['build', 'preview', 'sync'] as const) expect(cmsMode(command, { PORTAL_CMS: 'local' })).toBeNull();
  });

  it('GitHub mode only when PUBLIC_KEYSTATIC_GITHUB_REPO names a repository, in every command', () => {
    for (const command of ['dev', 'build'] as const) {
      expect(cmsMode(command, { PUBLIC_KEYSTATIC_GITHUB_REPO: 'example-org/occupational-health-portal' })).toBe('github');
    }
    expect(cmsMode('build', { PUBLIC_KEYSTATIC_GITHUB_REPO: '' })).toBeNull();
    expect(() => cmsMode('build', { PUBLIC_KEYSTATIC_GITHUB_REPO: 'https://github.com/example-org/portal' })).toThrow(/所有者\/リポジトリ名/);
  });

  it("Keystatic's storage setting for each", () => {
    expect(storageFor(undefined)).toEqual({ kind: 'local' });
    expect(storageFor('example-org/portal')).toEqual({ kind: 'github', repo: { owner: 'example-org', name: 'portal' } });
  });
});
