/** Escaping for text and JSON placed into HTML. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * JSON safe inside `<script type="application/json">`: `<` is written as `\u003c` so no string
 * in the data can close the script element; JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * A library's source inlined in a `<script>` element. Minified code could in principle contain
 * `</script` or `<!--`, which would end or confuse the element; both are split with a backslash,
 * which means the same inside JS strings and regexes.
 * @throws Error if the text still contains a closing script tag after escaping (cannot happen; a guard).
 */
export function scriptSource(code: string): string {
  const safe = code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
  if (/<\/script/i.test(safe)) throw new Error("inlined script still contains </script");
  return safe;
}
