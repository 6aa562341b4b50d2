import type { AssetFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import { createElement, useId } from 'react';
import { MATERIAL_NAME } from '../patterns';
import { CmsFieldError } from './checked';

/**
 * A file saved as public/materials/<name>, referred to as /materials/<name>. Keystatic's own file field
 * names an upload after the field and, inside a collection, puts it in a folder per entry
 * (public/materials/<entry>/file.pdf); our materials are one flat folder shared by seminars and
 * articles, so this field keeps the name staff choose. It is used in a singleton (no entry folder).
 */
export interface MaterialFile {
  name: string;
  data: Uint8Array;
}

export const MATERIALS_DIRECTORY = 'public/materials';
const PREFIX = '/materials/';

/** A name for the uploaded file that the schema accepts: ASCII letters, digits, dot, hyphen, underscore. */
export function safeMaterialName(original: string): string {
  const dot = original.lastIndexOf('.');
  const extension = dot > 0 ? original.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const stem = (dot > 0 ? original.slice(0, dot) : original)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'material'}${extension ? `.${extension}` : ''}`;
}

export function materialNameProblem(value: MaterialFile | null): string | undefined {
  if (value === null) return 'ファイルを選んでください';
  if (!MATERIAL_NAME.test(value.name)) return `保存するファイル名「${value.name}」は半角英数字・ピリオド・ハイフンで書いてください（例：stress-check-annual-flow.pdf）`;
  return undefined;
}

function UploadInput({ value, onChange, forceValidation }: FormFieldInputProps<MaterialFile | null>) {
  const fileId = useId();
  const nameId = useId();
  const problem = forceValidation ? materialNameProblem(value) : undefined;
  const box = { display: 'block', margin: '0.25rem 0 0.75rem' };
  return createElement(
    'div',
    null,
    createElement('label', { htmlFor: fileId }, 'ファイルを選ぶ（PDF はタグ付き・日本語・題名付きで書き出したもの）'),
    createElement('input', {
      id: fileId,
      type: 'file',
      style: box,
      onChange: async (event: { currentTarget: HTMLInputElement }) => {
        const file = event.currentTarget.files?.[0];
        if (file) onChange({ name: safeMaterialName(file.name), data: new Uint8Array(await file.arrayBuffer()) });
      },
    }),
    createElement('label', { htmlFor: nameId }, '保存するファイル名（/materials/ の後ろ。記事やセミナーからはこの名前で指定します）'),
    createElement('input', {
      id: nameId,
      type: 'text',
      value: value?.name ?? '',
      disabled: value === null,
      style: { ...box, width: '100%', padding: '0.375rem' },
      onChange: (event: { currentTarget: HTMLInputElement }) => value && onChange({ ...value, name: event.currentTarget.value }),
    }),
    value ? createElement('p', null, `アドレス：${PREFIX}${value.name}（${value.data.byteLength.toLocaleString('ja-JP')} バイト）`) : null,
    problem ? createElement('p', { role: 'alert', style: { color: '#c3000b' } }, problem) : null,
  );
}

const nameOf = (stored: FormFieldStoredValue) =>
  typeof stored === 'string' && stored.startsWith(PREFIX) && MATERIAL_NAME.test(stored.slice(PREFIX.length)) ? stored.slice(PREFIX.length) : undefined;

export function materialUpload(): AssetFormField<MaterialFile | null, MaterialFile, string | null> {
  return {
    kind: 'form',
    formKind: 'asset',
    label: 'ファイル',
    directory: MATERIALS_DIRECTORY,
    Input: UploadInput,
    defaultValue: () => null,
    filename: (stored) => nameOf(stored),
    parse(stored, { asset }) {
      const name = nameOf(stored);
      return name && asset ? { name, data: asset } : null;
    },
    serialize(value) {
      if (value === null) return { value: undefined, asset: undefined };
      return { value: `${PREFIX}${value.name}`, asset: { filename: value.name, content: value.data } };
    },
    validate(value) {
      const problem = materialNameProblem(value);
      if (problem) throw new CmsFieldError(problem);
      return value as MaterialFile;
    },
    reader: { parse: (stored) => (nameOf(stored) ? (stored as string) : null) },
  };
}
