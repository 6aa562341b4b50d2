import { fields } from '@keystatic/core';
import { SLUG, SLUG_MESSAGE } from '../patterns';

/**
 * A title with the ASCII name its file (and address) gets. Keystatic would make the name from the title,
 * but a Japanese title gives an empty one, so staff type it; until they do, the box stays empty and
 * saving is refused with the rule.
 */
export function titleWithSlug(args: { label: string; description: string; max?: number; slugLabel: string; slugDescription: string }) {
  return fields.slug({
    name: {
      label: args.label,
      description: args.description,
      validation: { isRequired: true, length: { min: 1, max: args.max } },
    },
    slug: {
      label: args.slugLabel,
      description: args.slugDescription,
      // Keep only what the rule allows; a Japanese title leaves nothing, which is what staff should see.
      generate: (name) =>
        name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      validation: { pattern: { regex: SLUG, message: SLUG_MESSAGE } },
    },
  });
}

/** An ASCII id that is also the file name: typed once, the file name follows it. */
export function idAsSlug(args: { label: string; description: string; slugLabel: string }) {
  return fields.slug({
    name: { label: args.label, description: args.description, validation: { isRequired: true, pattern: { regex: SLUG, message: SLUG_MESSAGE } } },
    slug: {
      label: args.slugLabel,
      description: 'ID と同じ名前が自動で入ります。変えないでください',
      generate: (name) => name,
      validation: { pattern: { regex: SLUG, message: SLUG_MESSAGE } },
    },
  });
}
