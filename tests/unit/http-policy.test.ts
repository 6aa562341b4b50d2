import { describe, expect, it } from 'vitest';
import { allowedMethods } from '../../src/server/http-policy.mjs';

describe('HTTP methods per path', () => {
  it('pages read-only, the collector POST only', () => {
    expect(allowedMethods('/', {})).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(null, {})).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/api/event', {})).toEqual(['POST']);
  });

  it('the editor token refresh takes POST only when the editor is built in GitHub mode', () => {
    const refresh = '/api/keystatic/github/refresh-token';
    expect(allowedMethods(refresh, {})).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(refresh, { PUBLIC_KEYSTATIC_GITHUB_REPO: 'example-org/portal' })).toEqual(['POST']);
    // Local mode's save route never accepts a write on the production server.
    expect(allowedMethods('/api/keystatic/update', { PUBLIC_KEYSTATIC_GITHUB_REPO: 'example-org/portal' })).toEqual(['GET', 'HEAD']);
  });
});
