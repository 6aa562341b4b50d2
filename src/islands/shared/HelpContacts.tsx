import { HELP_PAGE, KOKORO_NO_MIMI, MAMOROUYO_KOKORO } from '../../lib/help-contacts';

interface Props {
  /** Heading level where the box sits: h2 on a page of its own, h3 inside a result. */
  headingLevel?: 2 | 3;
  /** Off on the help page itself, so it does not link to itself. */
  linkToHelpPage?: boolean;
}

/**
 * 相談先: the people and services a worker can turn to, with the こころの耳 number as a tap-to-call
 * link. Rendered as static HTML in guides and the help page, and inside the stress-check result.
 */
export function HelpContacts({ headingLevel = 2, linkToHelpPage = true }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <section class="help-contacts" aria-labelledby="help-contacts-heading">
      <Heading id="help-contacts-heading" class="help-contacts__heading">
        相談先
      </Heading>
      <ul class="help-contacts__list">
        <li>
          <strong>勤め先の産業医・保健師、ストレスチェックの実施者</strong>
          <br />
          社内の健康相談の窓口や、ストレスチェックの案内に書かれた連絡先に相談できます。医師の面接指導は、会社に申し出ると受けられます（<a href="/guides/stress-check/high-stress-and-interview/">面接指導の申し出方</a>）。
        </li>
        <li>
          <strong>{KOKORO_NO_MIMI.name}</strong>
          <br />
          <a class="help-contacts__tel" href={KOKORO_NO_MIMI.tel}>
            {KOKORO_NO_MIMI.phone}（通話無料）
          </a>
          <br />
          受付時間と、SNS・メールでの相談は<a href={KOKORO_NO_MIMI.windowUrl}>こころの耳の相談窓口のページ</a>で確かめてください。
        </li>
        <li class="help-contacts__urgent">
          <strong>今すぐつらいとき</strong>
          <br />
          厚生労働省の<a href={MAMOROUYO_KOKORO.url}>{MAMOROUYO_KOKORO.name}</a>
          で、いま話せる電話・SNS・チャットの相談先を探せます。命の危険が迫っているときは、迷わず救急（119番）に連絡してください。
        </li>
      </ul>
      {linkToHelpPage && (
        <p class="help-contacts__more">
          <a href={HELP_PAGE}>相談窓口の一覧</a>
        </p>
      )}
    </section>
  );
}
