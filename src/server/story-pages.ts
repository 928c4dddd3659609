/**
 * @module server/story-pages
 * The story pages: the story list (newest first, with how many outlets carried each) and one story
 * (its articles earliest first, disagreements between outlets, and every merged fact with the articles
 * that state it). Input: values read from the store. Output: complete HTML documents as strings.
 * Invariant: every value is escaped through `html` (see server/html).
 */
import type { StoredStory, StoryFact, StoryRecord } from "../contracts.ts";
import { html, layout, pager, type SafeHtml } from "./html.ts";
import { displayDate } from "./pages.ts";

export interface StoriesView {
  readonly stories: readonly StoredStory[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

const incidentHref = (articleId: string) => `/incidents/${encodeURIComponent(articleId)}`;
const storyHref = (storyId: string) => `/stories/${encodeURIComponent(storyId)}`;

export function storiesPage(view: StoriesView): string {
  const { pages, nav } = pager("/stories", view.page, view.total, view.pageSize);
  const rows = view.stories.map(
    (s) =>
      html`<tr>
        <td><a href="${storyHref(s.id)}">${s.title || s.id}</a></td>
        <td>${displayDate(s.firstPublished)}</td>
        <td>${s.articleCount}</td>
        <td>${s.outlets.join(", ") || "—"}</td>
        <td>${s.eventTypes.map((t) => html`<span class="tag">${t}</span>`)}</td>
      </tr>`,
  );
  const table = view.stories.length
    ? html`<table>
        <thead>
          <tr>
            <th>Story</th>
            <th>First seen</th>
            <th>Articles</th>
            <th>Outlets</th>
            <th>Event types</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`
    : html`<p class="muted">No stories yet. Ingest some articles with <code>blotter ingest PATH</code>.</p>`;
  const body = html`<h1>Stories</h1>
    <p class="muted">
      ${view.total} stor${view.total === 1 ? "y" : "ies"} · page ${view.page} of ${pages} · one story per
      incident, with every article that reports it
    </p>
    ${table} ${nav}`;
  return layout("Stories", body);
}

/** Badges naming the articles that state a fact, numbered in the story's article order. */
function sourceBadges(fact: StoryFact<unknown>, order: ReadonlyMap<string, number>): SafeHtml {
  return html`${fact.sources.map(
    (s) =>
      html`<a class="tag" href="${incidentHref(s.articleId)}" title="${s.articleId}"
        >${(order.get(s.articleId) ?? 0) + 1}</a
      >`,
  )}`;
}

function factSection<T>(
  title: string,
  facts: readonly StoryFact<T>[],
  show: (value: T) => string,
  order: ReadonlyMap<string, number>,
): SafeHtml | null {
  if (facts.length === 0) return null;
  return html`<dt>${title}</dt>
    <dd>
      <ul>
        ${facts.map((f) => html`<li>${show(f.value)} ${sourceBadges(f, order)}</li>`)}
      </ul>
    </dd>`;
}

export function storyPage(story: StoryRecord): string {
  const order = new Map(story.articles.map((a, i) => [a.articleId, i]));
  const names = (value: readonly string[]) => value.join(" / ");
  const sections = [
    factSection("Event types", story.eventTypes, String, order),
    factSection("Crime types", story.crimeTypes, String, order),
    factSection("Counts", story.counts, (c) => `${c.counted}: ${c.value.toLocaleString("en-US")}`, order),
    factSection("Agencies", story.agencies, names, order),
    factSection("People", story.persons, names, order),
    factSection("Organizations", story.organizations, names, order),
    factSection(
      "Threat actors",
      story.threatActors,
      (a) => `${a.names.join(" / ")}${a.linked ? " (linked)" : " (background)"}`,
      order,
    ),
    factSection("Malware", story.malware, names, order),
    factSection("Countries", story.countries, String, order),
    factSection("Places", story.places, String, order),
    factSection("CVEs", story.cves, String, order),
    factSection(
      "Money",
      story.money,
      (m) => `${m.amount.toLocaleString("en-US")} ${m.currency} (${m.role})`,
      order,
    ),
  ].filter((s): s is SafeHtml => s !== null);
  const disagreements = story.disagreements.length
    ? html`<section class="disagree">
        <h2>Outlets disagree</h2>
        <ul>
          ${story.disagreements.map(
            (d) =>
              html`<li>
                <strong>${d.about}</strong>:
                ${d.values.map(
                  (v, i) => html`${i ? " vs " : ""}${String(v.value)} ${sourceBadges(v, order)}`,
                )}
              </li>`,
          )}
        </ul>
      </section>`
    : null;
  const articles = html`<ol>
    ${story.articles.map((a) => {
      const web = a.sourceUrl && /^https?:\/\//i.test(a.sourceUrl) ? a.sourceUrl : null;
      return html`<li>
        <a href="${incidentHref(a.articleId)}">${a.title || a.articleId}</a>
        <span class="muted"
          >${a.outlet ?? "—"} ·
          ${displayDate(a.published)}${
            web ? html` · <a href="${web}" rel="noopener noreferrer">source</a>` : ""
          }</span
        >
      </li>`;
    })}
  </ol>`;
  const body = html`<h1>${story.title || story.id}</h1>
    <p class="muted">
      ${story.articles.length} article${story.articles.length === 1 ? "" : "s"} ·
      <a href="/api/stories/${encodeURIComponent(story.id)}">JSON</a>
    </p>
    ${disagreements}
    <div class="columns">
      <section>
        <h2>Articles, earliest first</h2>
        ${articles}
      </section>
      <aside>
        <h2>Merged facts</h2>
        <dl class="facts">${sections}</dl>
      </aside>
    </div>`;
  return layout(story.title || story.id, body);
}
