import { z } from 'astro/zod';
import { contentDay } from './content-dates';
import { fieldError } from './content-messages';

/**
 * content/site.json: who runs the site and how to reach them, kept in one file that staff edit. The
 * footer and the 運営者情報, お問い合わせ and policy pages all read it.
 */
export const siteConfigSchema = z.strictObject({
  note: z.string().optional(),
  operator: z.strictObject({
    name: z.string(fieldError('operator の name', 'name: 職場の健康と安全ポータル 運営事務局', () => 'operator の name は文字で書いてください')).min(1),
    description: z.string().min(1),
    email: z.email(fieldError('operator の email', 'email: info@portal.example.jp', (input) => `operator の email「${String(input)}」はメールアドレスの形にしてください（例：info@portal.example.jp）`)),
    responseNote: z.string().min(1).optional(),
  }),
  policiesUpdated: contentDay('policiesUpdated'),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
