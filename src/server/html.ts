/**
 * @module server/html
 * HTML building for the server's pages: a tagged template that escapes every interpolated value unless
 * it is already `SafeHtml`, and the shared page layout. Invariant: text from articles, the store or the
 * request only reaches a page through `html` or `escapeHtml`, so it can never open a tag.
 */

/** A fragment of markup that is already safe to emit. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return escapeHtml(JSON.stringify(value));
}

/**
 * Builds markup; interpolated values are escaped, arrays are joined, null and false render nothing.
 * @example html`<a href="/incidents/${id}">${title}</a>`
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2329;background:#fafafa}
header.top{background:#1d2329;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header.top a{color:#fff;text-decoration:none;font-weight:600}
header.top form{margin-left:auto;display:flex;gap:.5rem}
input[type=search]{padding:.35rem .6rem;border:1px solid #bbb;border-radius:4px;min-width:16rem}
button{padding:.35rem .9rem;border:0;border-radius:4px;background:#3b6fd8;color:#fff;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid #e4e4e4;vertical-align:top}
th{font-size:.85rem;color:#555}
.muted{color:#666;font-size:.9rem}
.tag{display:inline-block;background:#eef2fb;color:#2a4b8d;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0;font-size:.8rem}
.columns{display:grid;grid-template-columns:minmax(0,2fr) minmax(16rem,1fr);gap:2rem}
.text{white-space:pre-wrap;background:#fff;padding:1rem 1.25rem;border:1px solid #e4e4e4;border-radius:4px}
mark{background:#fff1a8;border-radius:2px}
mark.k-entity{background:#d8ecff}mark.k-event{background:#ffe0b8}mark.k-count,mark.k-money{background:#d9f5d0}
mark.k-ioc{background:#f3d9f7}
dl.facts dt{font-weight:600;margin-top:.75rem}
dl.facts dd{margin:0}
dl.facts a{color:inherit}
.disagree{background:#fff4e5;border:1px solid #f0c36d;border-radius:4px;padding:.25rem 1rem;margin-bottom:1rem}
.pager{display:flex;justify-content:space-between;margin-top:1rem}
@media (max-width:50rem){.columns{grid-template-columns:1fr}}
`;

/** The page frame shared by every HTML page: header with home link and search box, then `body`. */
export function layout(title: string, body: SafeHtml, query = ""): string {
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Blotter</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <header class="top">
          <a href="/">Blotter</a>
          <a href="/stories">Stories</a>
          <form action="/" method="get" role="search">
            <input
              type="search"
              name="q"
              value="${query}"
              placeholder="Search incidents"
              aria-label="Search incidents"
            />
            <button type="submit">Search</button>
          </form>
        </header>
        <main>${body}</main>
      </body>
    </html> `.value;
}

/** Links to the newer and older page of a list at `path` (`?page=N`), and how many pages there are. */
export function pager(
  path: string,
  page: number,
  total: number,
  pageSize: number,
): { pages: number; nav: SafeHtml } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const newer = page > 1 ? html`<a href="${path}?page=${page - 1}">← Newer</a>` : html`<span></span>`;
  const older = page < pages ? html`<a href="${path}?page=${page + 1}">Older →</a>` : html`<span></span>`;
  return { pages, nav: html`<nav class="pager">${newer}${older}</nav>` };
}
