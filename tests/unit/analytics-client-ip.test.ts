import { describe, expect, it } from 'vitest';
import { clientIp } from '../../src/lib/analytics/client-ip';

const SOCKET = '192.0.2.10';

describe('clientIp', () => {
  it('ignores forwarding headers unless a header is trusted', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7', 'x-real-ip': '198.51.100.8' });
    expect(clientIp(headers, SOCKET, undefined)).toBe(SOCKET);
    expect(clientIp(headers, SOCKET, '')).toBe(SOCKET);
  });

  it('uses the trusted header when configured', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7', 'x-real-ip': '198.51.100.8' });
    expect(clientIp(headers, SOCKET, 'x-real-ip')).toBe('198.51.100.8');
    expect(clientIp(headers, SOCKET, 'x-forwarded-for')).toBe('198.51.100.7');
    expect(clientIp(headers, SOCKET, 'X-Forwarded-For')).toBe('198.51.100.7');
  });

  it('takes the right-most entry of X-Forwarded-For (the one the trusted proxy added), trimmed', () => {
    const headers = new Headers({ 'x-forwarded-for': ' 203.0.113.9 , 10.0.0.1, 198.51.100.7 ' });
    expect(clientIp(headers, SOCKET, 'x-forwarded-for')).toBe('198.51.100.7');
    const ipv6 = new Headers({ 'x-forwarded-for': '10.0.0.1, 2001:db8::1' });
    expect(clientIp(ipv6, SOCKET, 'x-forwarded-for')).toBe('2001:db8::1');
  });

  it('falls back to the socket address when the trusted header is missing or empty', () => {
    expect(clientIp(new Headers(), SOCKET, 'x-forwarded-for')).toBe(SOCKET);
    expect(clientIp(new Headers({ 'x-forwarded-for': '' }), SOCKET, 'x-forwarded-for')).toBe(SOCKET);
    expect(clientIp(new Headers({ 'x-forwarded-for': '10.0.0.1, ' }), SOCKET, 'x-forwarded-for')).toBe(SOCKET);
  });

  it('gives an empty string with neither header nor socket address', () => {
    expect(clientIp(new Headers(), undefined, undefined)).toBe('');
    expect(clientIp(new Headers(), undefined, 'x-forwarded-for')).toBe('');
  });
});
