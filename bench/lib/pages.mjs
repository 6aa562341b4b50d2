// The page types the benchmark measures, one representative URL each.
export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'guide', path: '/guides/stress-check/for-workers/' },
  { type: 'topic index', path: '/guides/stress-check/' },
  { type: 'search', path: '/search/?q=%E9%9D%A2%E6%8E%A5%E6%8C%87%E5%B0%8E' },
  { type: 'stress check', path: '/check/stress/' },
  { type: 'excellent-company check', path: '/check/excellent-company/' },
  { type: 'seminars', path: '/seminars/' },
  { type: 'dashboard', path: '/admin/', admin: true },
];
export const ADMIN_PASSWORD = 'bench-password';
export const adminHeader = () => `Basic ${Buffer.from(`bench:${ADMIN_PASSWORD}`).toString('base64')}`;
