import { makeHandler } from '@keystatic/astro/api';
import config from './keystatic.config';

/** /api/keystatic/…: reads and saves in local mode; the GitHub sign-in in GitHub mode. Never prerendered. */
export const ALL = makeHandler({ config });
export const prerender = false;
