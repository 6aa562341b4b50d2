import { formatCount } from '../../lib/group-analysis/format';
import type { Progress } from './run-analysis';

/** Where a large file is: read, rows checked (with a bar), adding up. */
export function ProgressView({ fileName, progress }: { fileName: string; progress: Progress | null }) {
  const checking = progress?.phase === 'check' && progress.total > 0;
  return (
    <div class="ga-progress">
      <p class="ga-progress__text">
        「{fileName}」を{' '}
        {!progress || progress.phase === 'read'
          ? '読み込んでいます…'
          : checking
            ? `確かめています（${formatCount(progress.done)} / ${formatCount(progress.total)} 行）…`
            : '集計しています…'}
      </p>
      {checking ? <progress max={progress.total} value={progress.done} aria-label="読み込みの進み具合" /> : <progress aria-label="読み込みの進み具合" />}
    </div>
  );
}
