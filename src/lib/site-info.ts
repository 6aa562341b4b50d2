import data from '../../content/site.json';
import { siteConfigSchema } from './site-config';

/** The site's operator and policy date, checked when the site is built (a broken file stops the build). */
export const siteInfo = siteConfigSchema.parse(data);
