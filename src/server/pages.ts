/**
 * @module server/pages
 * The server's HTML pages: the incident list (with search results when there is a query), one
 * incident (fact sheet beside the article text with evidence highlighted), and errors.
 * Input: values read from the store. Output: complete HTML documents as strings.
 * Invariant: every value is escaped through `html` (see server/html).
 */
import type {
  Article,
  FactSheet,
  IncidentRecord,
  SearchHit,
  StoredIncident,
  StoryGroup,
} from "../contracts.ts";
import { SNIPPET_MARKS } from "../store/index.ts";
import { evidenceSpans, evidenceStartOf, highlightText } from "./highlight.ts";
import { escapeHtml, html, layout, pager, SafeHtml } from "./html.ts";

export interface HomeView {
  readonly incidents: readonly StoredIncident[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** A day to show: ISO input is cut to its date; other dates the page gave ("June 18, 2025") are parsed. */
export function displayDate(value: string | null): string {
  if (!value) return "—";
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso) return iso[0];
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

function tags(values: readonly string[]): SafeHtml {
  return html`${values.map((v) => html`<span class="tag">${v}</span>`)}`;
}

function incidentRows(incidents: readonly StoredIncident[]): SafeHtml {
  if (incidents.length === 0)
    return html`<p class="muted">
      No incidents yet. Ingest some articles with <code>blotter ingest PATH</code>.
    </p>`;
  return html`<table>
    <thead>
      <tr>
        <th>Title</th>
        <th>Date</th>
        <th>Outlet</th>
        <th>Event types</th>
      </tr>
    </thead>
    <tbody>
      ${incidents.map(
        (i) =>
          html`<tr>
            <td><a href="/incidents/${encodeURIComponent(i.articleId)}">${i.title || i.slug}</a></td>
            <td>${displayDate(i.published)}</td>
            <td>${i.outlet ?? "—"}</td>
            <td>${tags(i.eventTypes)}</td>
          </tr> `,
      )}
    </tbody>
  </table>`;
}

/** The incident list, newest first, with links to the previous and next page. */
export function homePage(view: HomeView): string {
  const { pages, nav } = pager("/", view.page, view.total, view.pageSize);
  const body = html`<h1>Incidents</h1>
    <p class="muted">${view.total} article${view.total === 1 ? "" : "s"} · page ${view.page} of ${pages}</p>
    ${incidentRows(view.incidents)} ${nav}`;
  return layout("Incidents", body);
}

/** Search snippets arrive with the store's plain-text marks; they become `<mark>` after escaping. */
export function renderSnippet(snippet: string): SafeHtml {
  let out = "";
  let open = false;
  for (const part of snippet.split(/([⟦⟧])/u)) {
    if (part === SNIPPET_MARKS.start && !open) {
      out += "<mark>";
      open = true;
    } else if (part === SNIPPET_MARKS.stop && open) {
      out += "</mark>";
      open = false;
    } else out += escapeHtml(part);
  }
  return new SafeHtml(open ? `${out}</mark>` : out);
}

export function searchPage(query: string, hits: readonly SearchHit[]): string {
  const results =
    hits.length === 0
      ? html`<p class="muted">Nothing matches.</p>`
      : html`<ol>
          ${hits.map(
            (h) =>
              html`<li>
                <p>
                  <a href="/incidents/${encodeURIComponent(h.articleId)}">${h.title}</a><br />
                  <span class="muted">${renderSnippet(h.snippet)}</span>
                </p>
              </li>`,
          )}
        </ol>`;
  const body = html`<h1>Search: ${query}</h1>
    <p class="muted">${hits.length} result${hits.length === 1 ? "" : "s"} · <a href="/">all incidents</a></p>
    ${results}`;
  return layout(`Search: ${query}`, body, query);
}

function item(
  record: IncidentRecord,
  slot: Parameters<typeof evidenceStartOf>[1],
  key: string,
  text: string,
): SafeHtml {
  const start = evidenceStartOf(record, slot, key);
  return start === null ? html`<li>${text}</li>` : html`<li><a href="#s-${start}">${text}</a></li>`;
}

function factList(sheet: FactSheet, record: IncidentRecord): SafeHtml {
  const names = (slot: "agencies" | "persons" | "organizations" | "malware", lists: string[][]) =>
    lists.map((l) => item(record, slot, l[0] ?? "", l.join(" / ")));
  const sections: [string, SafeHtml[]][] = [
    ["Event types", sheet.event_types.map((t) => item(record, "event_types", t, t))],
    ["Crime types", sheet.crime_types.map((t) => item(record, "crime_types", t, t))],
    ["Agencies", names("agencies", sheet.agencies)],
    ["People", names("persons", sheet.persons)],
    ["Organizations", names("organizations", sheet.organizations)],
    [
      "Threat actors",
      sheet.threat_actors.map((a) =>
        item(
          record,
          "threat_actors",
          a.names[0] ?? "",
          `${a.names.join(" / ")}${a.linked ? " (linked)" : " (background)"}`,
        ),
      ),
    ],
    ["Malware", names("malware", sheet.malware)],
    ["Countries", sheet.countries.map((c) => item(record, "countries", c, c))],
    ["Places", sheet.places.map((p) => item(record, "places", p, p))],
    ["CVEs", sheet.cves.map((c) => item(record, "cves", c, c))],
    [
      "Money",
      sheet.money.map((m) =>
        item(
          record,
          "money",
          `${m.amount} ${m.currency}`,
          `${m.amount.toLocaleString("en-US")} ${m.currency}`,
        ),
      ),
    ],
  ];
  if (sheet.arrested) {
    const parts = Object.entries(sheet.arrested.by_nationality).map(([k, v]) => `${k} ${v}`);
    const text = `${sheet.arrested.total}${parts.length ? ` (${parts.join(", ")})` : ""}`;
    sections.splice(2, 0, ["Arrested", [item(record, "arrested", "", text)]]);
  }
  return html`<dl class="facts">
    ${sections
      .filter(([, items]) => items.length > 0)
      .map(
        ([title, items]) =>
          html`<dt>${title}</dt>
            <dd>
              <ul>
                ${items}
              </ul>
            </dd>`,
      )}
  </dl>`;
}

/** One incident: metadata, the fact sheet (each item linking to its evidence) and the marked-up text. */
export function incidentPage(
  article: Article,
  sheet: FactSheet,
  record: IncidentRecord,
  story: StoryGroup | null = null,
): string {
  // Only web links become hrefs: a `javascript:` URL in a page's metadata must not be clickable.
  const source = [article.sourceUrl, article.canonicalUrl].find((u) => u && /^https?:\/\//i.test(u));
  const meta: unknown[] = [
    article.outlet,
    article.author,
    article.published && displayDate(article.published),
  ]
    .filter((v): v is string => !!v)
    .map((v) => html`<span>${v}</span>`);
  if (source) meta.push(html`<a href="${source}" rel="noopener noreferrer">source</a>`);
  if (story && story.articleIds.length > 1)
    meta.push(
      html`<a href="/stories/${encodeURIComponent(story.id)}">story: ${story.articleIds.length} articles</a>`,
    );
  meta.push(html`<a href="/api/incidents/${encodeURIComponent(article.id)}">JSON</a>`);
  const body = html`<h1>${article.title || article.slug}</h1>
    <p class="muted">${meta.map((part, i) => (i === 0 ? part : html` · ${part}`))}</p>
    <div class="columns">
      <section>
        <h2>Article</h2>
        <div class="text">${highlightText(record.text, evidenceSpans(record))}</div>
      </section>
      <aside>
        <h2>Fact sheet</h2>
        ${factList(sheet, record)}
      </aside>
    </div>`;
  return layout(article.title || article.slug, body);
}

export function errorPage(status: number, message: string): string {
  return layout(
    `Error ${status}`,
    html`<h1>Error ${status}</h1>
      <p>${message}</p>
      <p><a href="/">Back to incidents</a></p>`,
  );
}
