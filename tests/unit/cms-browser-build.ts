import { vi } from 'vitest';

/**
 * Keystatic's Node build leaves out the editor (its fields cannot parse or write Markdown there, only in
 * the browser), so the CMS tests load the browser build of @keystatic/core, as the editor does.
 * Import this file before the config.
 */
const dist = new URL('../../node_modules/@keystatic/core/dist/', import.meta.url).href;
vi.mock('@keystatic/core', () => import(/* @vite-ignore */ `${dist}keystatic-core.js`));
vi.mock('@keystatic/core/content-components', () => import(/* @vite-ignore */ `${dist}keystatic-core-content-components.js`));
