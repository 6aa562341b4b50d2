import { describe, expect, it } from 'vitest';
import { passwordMatches } from '../../src/lib/analytics/admin-auth';

const basic = (credentials: string) => `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
const PASSWORD = 'correct horse battery staple';

describe('passwordMatches (HTTP Basic, any user name)', () => {
  it('accepts the right password with any user name', () => {
    expect(passwordMatches(basic(`admin:${PASSWORD}`), PASSWORD)).toBe(true);
    expect(passwordMatches(basic(`山田:${PASSWORD}`), PASSWORD)).toBe(true);
    expect(passwordMatches(basic(`:${PASSWORD}`), PASSWORD)).toBe(true);
    expect(passwordMatches(`${basic(`staff:${PASSWORD}`)}  `, PASSWORD)).toBe(true);
  });

  it('refuses a wrong password', () => {
    expect(passwordMatches(basic('admin:wrong'), PASSWORD)).toBe(false);
    expect(passwordMatches(basic('admin:'), PASSWORD)).toBe(false);
    expect(passwordMatches(basic(`admin:${PASSWORD} `), PASSWORD)).toBe(false);
    expect(passwordMatches(basic(`admin:${PASSWORD.slice(0, -1)}`), PASSWORD)).toBe(false);
  });

  it('refuses a missing header', () => {
    expect(passwordMatches(null, PASSWORD)).toBe(false);
    expect(passwordMatches('', PASSWORD)).toBe(false);
  });

  it('refuses other schemes', () => {
    expect(passwordMatches('Bearer x', PASSWORD)).toBe(false);
    expect(passwordMatches(`Bearer ${PASSWORD}`, PASSWORD)).toBe(false);
    expect(passwordMatches(basic(`admin:${PASSWORD}`).replace('Basic ', 'Digest '), PASSWORD)).toBe(false);
    expect(passwordMatches('Basic', PASSWORD)).toBe(false);
  });

  it('refuses malformed base64 and credentials without a colon', () => {
    expect(passwordMatches('Basic !!!not-base64!!!', PASSWORD)).toBe(false);
    expect(passwordMatches('Basic ', PASSWORD)).toBe(false);
    expect(passwordMatches(basic(PASSWORD), PASSWORD)).toBe(false);
    expect(passwordMatches(`Basic ${PASSWORD}`, PASSWORD)).toBe(false);
  });

  it('splits at the first colon only, so a password may contain colons', () => {
    const password = 'pa:ss:word';
    expect(passwordMatches(basic('user:pa:ss:word'), password)).toBe(true);
    expect(passwordMatches(basic(':pa:ss:word'), password)).toBe(true);
    expect(passwordMatches(basic('user:pa'), password)).toBe(false);
    expect(passwordMatches(basic('user:pa:ss'), password)).toBe(false);
    expect(passwordMatches(basic('us:er:pa:ss:word'), password)).toBe(false); // a user name cannot contain a colon
  });

  it('compares UTF-8 passwords', () => {
    expect(passwordMatches(basic('職員:パスワード２０２６'), 'パスワード２０２６')).toBe(true);
    expect(passwordMatches(basic('職員:パスワード2026'), 'パスワード２０２６')).toBe(false);
  });
});
