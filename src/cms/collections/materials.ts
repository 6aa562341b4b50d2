import { fields, singleton } from '@keystatic/core';
import { materialUpload } from '../fields/material-upload';

/**
 * Uploads into public/materials/. The list (content/materials/uploads.yaml) only records what was
 * uploaded here, so a file taken out of the list is deleted on save; files made by `npm run materials`
 * are not in it and cannot be deleted from the editor.
 */
export const materialsSingleton = singleton({
  label: '資料ファイル',
  path: 'content/materials/uploads',
  format: { data: 'yaml' },
  schema: {
    files: fields.array(materialUpload(), {
      label: 'アップロードした資料',
      description: 'ここで追加したファイルは public/materials/ に保存され、/materials/ファイル名 で記事（ダウンロード）やセミナー（資料）から使えます。一覧から外して保存すると、そのファイルは消えます',
      itemLabel: (props) => (props.value ? `/materials/${props.value.name}` : '（ファイル未選択）'),
    }),
  },
});
