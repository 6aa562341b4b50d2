// js-yaml ships no types; it is the YAML library @keystatic/core reads and writes entries with (a dependency
// of @keystatic/core and astro), so tests/unit/cms-entry-files.ts uses it to write exactly what the editor writes.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export function dump(value: unknown): string;
}
