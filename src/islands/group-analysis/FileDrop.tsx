import { useEffect, useState } from 'preact/hooks';

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
}

/**
 * The file chooser: a real <input type="file"> (keyboard and screen readers know it), inside a zone that
 * also takes a dropped file. A file dropped elsewhere on the page is ignored rather than opened by the
 * browser, which would leave the page.
 */
export function FileDrop({ busy, onFile }: Props) {
  const [over, setOver] = useState(false);

  useEffect(() => {
    const ignore = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    addEventListener('dragover', ignore);
    addEventListener('drop', ignore);
    return () => {
      removeEventListener('dragover', ignore);
      removeEventListener('drop', ignore);
    };
  }, []);

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };

  return (
    <div
      class={`ga-drop${over ? ' ga-drop--over' : ''}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label class="ga-drop__label" for="ga-file">
        CSVファイルを選ぶ
      </label>
      <p class="ga-drop__hint" id="ga-file-hint">
        ここにファイルをドラッグ＆ドロップしても読み込めます。Excelで保存したCSV（UTF-8 または Shift_JIS）に対応しています。
      </p>
      <input
        id="ga-file"
        class="ga-drop__input"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby="ga-file-hint"
        disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget;
          take(input.files);
          // The same file, corrected and saved again, must be readable with the next choice.
          input.value = '';
        }}
      />
    </div>
  );
}
