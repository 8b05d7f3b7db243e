/** The HTML a blog post pastes: the widget iframe and the tiny host script that sizes it. */
export function embedSnippet(widgetUrl: string, hostScriptUrl: string): string {
  const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  return [
    `<iframe src="${attr(widgetUrl)}" title="promptmeter: LLM token and cost calculator" loading="lazy"`,
    `  style="width:100%;max-width:760px;height:640px;border:0" data-promptmeter`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script src="${attr(hostScriptUrl)}" async></script>`,
  ].join('\n')
}
