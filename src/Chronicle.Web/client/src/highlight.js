// Shows an article's text with spans highlighted. The text goes in as text nodes (textContent), cut at the spans'
// offsets (UTF-16, end exclusive, as the API gives them), never as HTML.
import { el } from './dom.js';

/** marks: [{ start, end, kind }] with kind one of evidence, trigger, actor, place, date, number. */
export function highlightedText(text, marks) {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const body = el('div', { className: 'body' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i], end = cuts[i + 1];
    const kinds = valid.filter((m) => m.start <= start && end <= m.end).map((m) => m.kind);
    const piece = text.slice(start, end);
    if (kinds.length === 0) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const classes = kinds.map((k) => (k === 'evidence' ? 'evidence' : `hl hl-${k}`));
    body.append(el('mark', { className: [...new Set(classes)].join(' '), 'data-start': start, text: piece }));
  }
  return body;
}

/** The spans to highlight for one event of an article. */
export function marksFor(event, article) {
  const evidence = event.evidence;
  const inside = (s) => s.start >= evidence.start && s.end <= evidence.end;
  const preferInside = (spans) => spans.find(inside) ?? spans[0];
  const marks = [{ ...evidence, kind: 'evidence' }, { ...event.trigger, kind: 'trigger' }];
  for (const actor of event.actors) marks.push({ start: actor.start, end: actor.end, kind: 'actor' });
  if (event.place) {
    const place = preferInside(article.places.filter((p) =>
      (event.place.geonameid != null && p.geonameid === event.place.geonameid) || p.name === event.place.name));
    if (place) marks.push({ start: place.start, end: place.end, kind: 'place' });
  }
  if (event.date) {
    const time = preferInside(article.times.filter((t) => t.value === event.date.value || t.text === event.date.text));
    if (time) marks.push({ start: time.start, end: time.end, kind: 'date' });
  }
  for (const count of Object.values(event.counts ?? {})) {
    const quantity = preferInside(article.quantities.filter((q) => q.text === count.text || q.text.includes(count.text)));
    if (quantity) marks.push({ start: quantity.start, end: quantity.end, kind: 'number' });
  }
  return marks;
}
