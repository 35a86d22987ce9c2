// One event: its facts, the article with the evidence and the event's parts highlighted, other reports of it.
import { getJson } from './api.js';
import { el, link } from './dom.js';
import { highlightedText, marksFor } from './highlight.js';

export async function renderEvent(target, id, setStatus) {
  setStatus('Loading…');
  const stored = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const e = stored.event;
  const { article, sources } = await getJson(`/api/documents/${encodeURIComponent(stored.document_id)}`);
  const cluster = e.cluster_id
    ? (await getJson('/api/events', { cluster: e.cluster_id, limit: 100, sort: 'date' })).items.filter((r) => r.event.id !== e.id)
    : [];
  target.append(el('div', { className: 'event-head' },
    el('p', {}, link('#/', '← all events')),
    el('h1', { id: 'event-title', text: `${e.type}${e.mode ? ` · ${e.mode}` : ''}: “${e.trigger.text}”` }),
    facts(stored, e)));
  const key = el('div', { className: 'key' },
    [['evidence', 'evidence'], ['hl hl-trigger', 'trigger'], ['hl hl-actor', 'actors'], ['hl hl-place', 'place'],
      ['hl hl-date', 'date'], ['hl hl-number', 'numbers']].map(([className, text]) => el('span', { className, text })));
  target.append(el('article', { className: 'article', id: 'article' },
    el('h2', { id: 'article-title', text: article.title ?? '(no title)' }),
    el('p', { className: 'meta', text: `${article.published ?? 'undated'} · ${sources.join(' · ')}` }),
    key,
    highlightedText(article.text, marksFor(e, article))));
  target.append(el('section', { className: 'reports', id: 'reports' },
    el('h2', { text: 'Other reports of this event' }),
    cluster.length === 0
      ? el('p', { text: 'No other article reports it.' })
      : el('ul', {}, cluster.map((r) => el('li', {},
        link(`#/event/${encodeURIComponent(r.event.id)}`, r.title ?? r.source), ` (${r.published ?? 'undated'}): “${r.event.evidence.text}”`)))));
  setStatus('');
  target.querySelector('.evidence')?.scrollIntoView({ block: 'center' });
}

function facts(stored, e) {
  const rows = [
    ['Date', e.date ? `${e.date.value} (${e.date.precision}, from “${e.date.text}”)` : stored.day ?? 'unknown'],
    ['Place', e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''} (${e.place.precision})` : 'unknown'],
    ['Actors', e.actors.length ? e.actors.map((a) => el('span', {}, link(`#/actor/${encodeURIComponent(a.entity_id ?? a.canonical.toLowerCase())}`, a.canonical), ` (${a.role}) `)) : 'none found'],
    ['Counts', Object.entries(e.counts ?? {}).map(([kind, c]) => `${kind}: ${c.value} (“${c.text}”)`).join('; ') || 'none'],
    ['Modality', e.modality + (e.attribution?.speaker ? `, according to ${e.attribution.speaker}` : '')],
    ['ACLED', e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : '—'],
    ['Confidence', String(e.confidence)],
  ];
  return el('dl', { className: 'facts' }, rows.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', {}, value)]));
}
