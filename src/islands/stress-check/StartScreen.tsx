import type { Sex } from '../../lib/stress-check/score';

interface Props {
  sex: Sex | null;
  sexError: boolean;
  saveEnabled: boolean;
  hasSaved: boolean;
  answeredCount: number;
  total: number;
  onSex: (sex: Sex) => void;
  onSaveToggle: (enabled: boolean) => void;
  onDeleteSaved: () => void;
  onStart: () => void;
}

export function StartScreen(props: Props) {
  const { sex, sexError, saveEnabled, hasSaved, answeredCount } = props;
  return (
    <section class="check-start" aria-labelledby="check-start-heading">
      <h2 id="check-start-heading" tabIndex={-1}>
        はじめる前に
      </h2>
      <ul class="check-start__facts">
        <li>厚生労働省の「職業性ストレス簡易調査票」（57項目）で、仕事のストレスの原因、心身の反応、周りからのサポートを確かめます。</li>
        <li>所要時間は5分ほどです。直感で、最近の状態に最も近いものを選んでください。</li>
        <li>これは自分の状態を知るためのセルフチェックです。勤め先で法律にもとづいて行われるストレスチェックの代わりにはなりません。</li>
        <li>
          <strong>回答はこの端末の中だけで集計され、どこにも送信されません。</strong>
        </li>
      </ul>

      <fieldset class="check-start__sex" aria-describedby={sexError ? 'sex-error sex-help' : 'sex-help'} aria-invalid={sexError ? 'true' : undefined}>
        <legend>性別（※必須）</legend>
        <p id="sex-help" class="check-start__help">
          ストレスの程度を5段階で評価するための表（素点換算表）が男女で分かれているため、お尋ねしています。
        </p>
        {sexError && (
          <p id="sex-error" class="check-error">
            性別を選んでください。
          </p>
        )}
        <label class="check-choice">
          <input type="radio" name="sex" value="male" checked={sex === 'male'} onChange={() => props.onSex('male')} />
          <span>男性</span>
        </label>
        <label class="check-choice">
          <input type="radio" name="sex" value="female" checked={sex === 'female'} onChange={() => props.onSex('female')} />
          <span>女性</span>
        </label>
      </fieldset>

      <div class="check-start__save">
        <label class="check-choice">
          <input type="checkbox" checked={saveEnabled} onChange={(e) => props.onSaveToggle(e.currentTarget.checked)} />
          <span>この端末に途中経過を保存</span>
        </label>
        <p class="check-start__help">
          保存すると、このブラウザを閉じても続きから回答できます。保存先はこの端末のブラウザの中だけです。共用のパソコンでは保存しないでください。
        </p>
        {(saveEnabled || hasSaved) && (
          <button type="button" class="button button--secondary" onClick={props.onDeleteSaved}>
            保存した回答を削除
          </button>
        )}
      </div>

      <button type="button" class="button check-start__go" data-early-action="start" onClick={props.onStart}>
        {answeredCount > 0 ? `続きから回答する（${answeredCount} / ${props.total} 回答済み）` : 'チェックを始める'}
      </button>
    </section>
  );
}
