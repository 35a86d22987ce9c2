// The overview: timeline and map of the filtered events, then the list, a page at a time.
import { getJson } from './api.js';
import { TYPES, colorOf } from './colors.js';
import { drawMap } from './map.js';
import { drawTimeline } from './timeline.js';
import { el, link } from './dom.js';

const PAGE = 50;

export async function renderDashboard(target, filters, setStatus) {
  setStatus('Loading…');
  const interval = filters.from && filters.to && daysBetween(filters.from, filters.to) <= 62 ? 'day' : 'week';
  const [timeline, points, first] = await Promise.all([
    getJson('/api/events/timeline', { ...filters, interval }),
    getJson('/api/events', { ...filters, format: 'geojson', limit: 1000 }),
    getJson('/api/events', { ...filters, limit: PAGE, sort: '-date' }),
  ]);
  const timelinePanel = el('section', { className: 'panel', id: 'timeline' }, el('h2', { text: `Events by ${interval} and type` }));
  const mapPanel = el('section', { className: 'panel', id: 'map' }, el('h2', { text: 'Where' }));
  target.append(el('div', { className: 'panels' }, timelinePanel, mapPanel));
  drawTimeline(timelinePanel, timeline.buckets);
  timelinePanel.append(legend(timeline.buckets));
  await drawMap(mapPanel, points);
  const body = el('tbody');
  const table = el('table', { className: 'events', id: 'event-list' },
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'What', 'Where', 'Actors', 'Article'].map((h) => el('th', { text: h })))), body);
  target.append(table);
  const more = el('button', { className: 'more', type: 'button', text: 'More events' });
  target.append(more);
  let shown = 0;
  const add = (page) => {
    for (const row of page.items) body.append(eventRow(row));
    shown += page.items.length;
    more.hidden = !page.next;
    setStatus(`${page.total} event${page.total === 1 ? '' : 's'}${shown < page.total ? `, ${shown} shown` : ''}.`);
  };
  more.addEventListener('click', async () => add(await getJson('/api/events', { ...filters, limit: PAGE, offset: shown, sort: '-date' })));
  add(first);
}

function eventRow(row) {
  const e = row.event;
  const actors = e.actors.map((a) => `${a.canonical} (${a.role})`).join(', ');
  return el('tr', { className: 'event-row', 'data-event': e.id, 'data-type': e.type },
    el('td', { text: row.day ?? '' }),
    el('td', {}, el('span', { className: 'type', text: e.type + (e.mode ? ` · ${e.mode}` : '') })),
    el('td', {}, link(`#/event/${encodeURIComponent(e.id)}`, e.trigger.text)),
    el('td', { text: e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''}` : '' }),
    el('td', { text: actors }),
    el('td', { className: 'title', text: row.title ?? row.source }));
}

function legend(buckets) {
  const present = new Set(buckets.map((b) => b.type));
  return el('div', { className: 'legend' }, TYPES.filter((t) => present.has(t)).map((type) => {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = colorOf(type);
    return el('span', {}, swatch, type);
  }));
}

function daysBetween(from, to) {
  return (Date.parse(to) - Date.parse(from)) / 86400000;
}
