const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page the preview shows instead of the site while the content has problems: each problem on its
 * own line, as the terminal and `npm run check:content` print it. The Vite client script reconnects
 * to the dev server, which reloads the page after the next change.
 */
export function contentErrorPage(problems: readonly string[]): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容に問題があります（${problems.length} 件）</title>
<script type="module" src="/@vite/client"></script>
<style>
body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.7; color: #1a1a1a; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 1.5rem; border-left: 6px solid #c3000b; padding-left: 0.75rem; }
ol { padding-left: 1.5rem; }
li { margin: 0.5rem 0; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>内容に問題があります（${problems.length} 件）</h1>
<p>プレビューを表示する前に、次の問題を直してください。ファイルを保存すると、このページは自動で読み込み直されます。</p>
<ol>
${problems.map((p) => `<li>${escape(p)}</li>`).join('\n')}
</ol>
<p>同じ一覧は、ターミナルで <code>npm run check:content</code> を実行しても表示されます。</p>
</main>
</body>
</html>
`;
}
