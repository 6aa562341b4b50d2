import type { PublishedWording } from '../../lib/excellent-company/schema';

interface Props {
  /** 必要項目 answered × whose wording is the portal's own, each with what has been published about it. */
  items: { id: string; text: string; published?: PublishedWording }[];
}

/**
 * The 必要項目 that need checking with the 労働局: the portal's wording was answered ×, but the official
 * condition may differ, so each shows the published wording, its source and what to ask.
 */
export function RequiredToConfirm({ items }: Props) {
  return (
    <ul class="to-confirm">
      {items.map((r) => (
        <li key={r.id}>
          <p class="to-confirm__item">
            <span class="item-code">{r.id}</span> {r.text}
          </p>
          {r.published && (
            <dl>
              <dt>公表されている内容</dt>
              <dd>
                「{r.published.wording}」（出典：<a href={r.published.sourceUrl}>{r.published.sourceName}</a>
                <span class="source-kind">解説（民間）</span>）
              </dd>
              <dt>労働局に確認すること</dt>
              <dd>{r.published.confirm}</dd>
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
