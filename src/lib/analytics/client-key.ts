import { isIP } from 'node:net';

/**
 * The key a client is limited by: its address, with an IPv6 address cut to its /64 network (one
 * home or phone line gets a whole /64 and can change the rest at will) and an IPv4-mapped IPv6
 * address written as IPv4. Anything that is not an address keys as itself.
 */
export function clientKey(address: string): string {
  const ip = address.trim();
  const mapped = ip.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ("::" expanded; zone dropped). */
function expandIpv6(ip: string): string[] {
  const [address] = ip.split('%');
  const [head, tail] = address!.includes('::') ? address!.split('::') : [address!, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (e.g. 64:ff9b::192.0.2.1) takes two groups.
  const last = right.at(-1) ?? left.at(-1) ?? '';
  const v4 = last.includes('.') ? last.split('.').map(Number) : null;
  const groups = (list: string[]) => (v4 && list.at(-1) === last ? [...list.slice(0, -1), ((v4[0]! << 8) | v4[1]!).toString(16), ((v4[2]! << 8) | v4[3]!).toString(16)] : list);
  const l = groups(left);
  const r = tail === undefined ? [] : groups(right);
  const middle = tail === undefined ? [] : Array(8 - l.length - r.length).fill('0');
  return [...l, ...middle, ...r].map((g) => (parseInt(g, 16) || 0).toString(16));
}
