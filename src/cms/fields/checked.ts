import { fields } from '@keystatic/core';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import { createElement, Fragment } from 'react';

/**
 * Small wrappers around Keystatic's own fields, for rules its fields cannot state themselves: a choice
 * that may stay empty (and is then not written at all, as the zod schemas expect of optional fields),
 * and a multiple choice that needs at least one. They reuse Keystatic's inputs and add the Japanese
 * message under the field, so the editor says what the content check would say before saving.
 */

/** Raised by `validate`; Keystatic then refuses to save and the input shows the message. */
export class CmsFieldError extends Error {
  override name = 'FieldDataError';
}

type Option = { label: string; value: string };

/** The inner input, plus the message when Keystatic asks for validation (on save) and the value is wrong. */
function withMessage<V extends {} | null>(Input: BasicFormField<V>['Input'], message: (value: V) => string | undefined) {
  return function CheckedInput(props: FormFieldInputProps<V>) {
    const problem = props.forceValidation ? message(props.value) : undefined;
    return createElement(
      Fragment,
      null,
      createElement(Input, props),
      problem ? createElement('p', { role: 'alert', style: { color: '#c3000b', margin: '0.25rem 0 0', fontSize: '0.875rem' } }, problem) : null,
    );
  };
}

/** A select that may be left empty: `''` is shown as `emptyLabel` and not written to the file. */
export function optionalSelect(args: { label: string; description?: string; options: readonly Option[]; emptyLabel: string }) {
  const inner = fields.select({
    label: args.label,
    description: args.description,
    options: [{ label: args.emptyLabel, value: '' }, ...args.options],
    defaultValue: '',
  });
  const allowed = new Set(args.options.map((o) => o.value));
  const field: BasicFormField<string> & { options: readonly Option[]; optional: true } = {
    ...inner,
    options: args.options,
    optional: true,
    parse: (value) => (value === undefined ? '' : inner.parse(value)),
    serialize: (value) => ({ value: value === '' ? undefined : value }),
    validate: (value) => {
      if (value !== '' && !allowed.has(value)) throw new CmsFieldError(`${args.label}「${value}」は選べません`);
      return value;
    },
    reader: { parse: (value) => (value === undefined ? '' : inner.reader.parse(value)) },
  };
  return field;
}

/** A multiple choice that needs at least one ticked box (the zod lists have `.min(1)`). */
export function requiredMultiselect(args: { label: string; description?: string; options: readonly Option[] }) {
  const inner = fields.multiselect({ label: args.label, description: args.description, options: args.options });
  const message = (value: readonly string[]) => (value.length === 0 ? `${args.label}を1つ以上選んでください` : undefined);
  const field: typeof inner & { required: true } = {
    ...inner,
    required: true,
    Input: withMessage(inner.Input, message),
    validate: (value) => {
      const problem = message(value);
      if (problem) throw new CmsFieldError(problem);
      return value;
    },
  };
  return field;
}

/**
 * A Japan-time date and time written as text, `2026-06-18T14:00`, as the seminar schema reads it.
 * Keystatic's own datetime writes a Date, which YAML prints as `2026-06-18T14:00:00.000Z`.
 */
export function localDateTime(args: { label: string; description?: string }) {
  const inner = fields.datetime({ label: args.label, description: args.description, validation: { isRequired: true } });
  const field: typeof inner & { required: true } = {
    ...inner,
    required: true,
    serialize: (value) => ({ value: value === null ? undefined : value.slice(0, 16) }),
  };
  return field;
}

/** A select whose default is what the schema assumes when the key is missing, so the default is not written. */
export function selectOmittingDefault<const O extends Option>(args: { label: string; description?: string; options: readonly O[]; defaultValue: O['value'] }) {
  const inner = fields.select(args);
  const field: typeof inner & { omittedDefault: string } = {
    ...inner,
    omittedDefault: args.defaultValue,
    serialize: (value) => ({ value: value === args.defaultValue ? undefined : value }),
  };
  return field;
}
