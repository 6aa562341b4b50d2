import { makePage } from '@keystatic/astro/ui';
import config from './keystatic.config';

/** Keystatic's editor as one React component, rendered in the browser only (src/cms/keystatic-page.astro). */
export const Keystatic = makePage(config);
