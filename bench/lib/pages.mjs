// The page types the benchmark measures, one representative URL each.
export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'guide', path: '/guides/stress-check/for-workers/' },
  { type: 'long guide', path: '/guides/excellent-company/criteria/' },
  { type: 'topic index', path: '/guides/stress-check/' },
  { type: 'all guides', path: '/guides/' },
  { type: 'search', path: '/search/?q=%E9%9D%A2%E6%8E%A5%E6%8C%87%E5%B0%8E' },
  { type: 'stress check', path: '/check/stress/' },
  { type: 'excellent-company check', path: '/check/excellent-company/' },
  { type: 'group analysis', path: '/check/group-analysis/' },
  { type: 'seminars', path: '/seminars/' },
  { type: 'seminar', path: '/seminars/2026-12-stress-check-small-workplaces-online/' },
  { type: 'materials', path: '/materials/' },
  { type: 'help', path: '/help/' },
  { type: 'policy', path: '/privacy/' },
  { type: 'dashboard', path: '/admin/', admin: true },
];
export const ADMIN_PASSWORD = 'bench-password';
export const adminHeader = () => `Basic ${Buffer.from(`bench:${ADMIN_PASSWORD}`).toString('base64')}`;
