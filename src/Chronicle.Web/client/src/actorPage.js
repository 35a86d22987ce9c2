// One actor: its roles and the events it takes part in.
import { getJson } from './api.js';
import { el, link } from './dom.js';

export async function renderActor(target, key, setStatus) {
  setStatus('Loading…');
  const actor = await getJson(`/api/actors/${encodeURIComponent(key)}`);
  const events = await getJson('/api/events', { actor: actor.key, limit: 200, sort: '-date' });
  target.append(
    el('p', {}, link('#/', '← all events')),
    el('h1', { id: 'actor-name', text: actor.canonical }),
    el('dl', { className: 'facts' },
      el('dt', { text: 'Country' }), el('dd', { text: actor.country ?? 'unknown' }),
      el('dt', { text: 'Events' }), el('dd', { text: `${actor.events} (acting in ${actor.as_source}, acted upon in ${actor.as_target})` }),
      el('dt', { text: 'Entity id' }), el('dd', { text: actor.entity_id ?? '—' })),
    el('table', { className: 'events' },
      el('thead', {}, el('tr', {}, ['Date', 'Type', 'Role', 'What', 'Article'].map((h) => el('th', { text: h })))),
      el('tbody', {}, events.items.map((row) => {
        const roles = row.event.actors.filter((a) => (a.entity_id ?? a.canonical.toLowerCase()) === actor.key).map((a) => a.role);
        return el('tr', {},
          el('td', { text: row.day ?? '' }),
          el('td', { className: 'type', text: row.event.type }),
          el('td', { text: [...new Set(roles)].join(', ') }),
          el('td', {}, link(`#/event/${encodeURIComponent(row.event.id)}`, row.event.trigger.text)),
          el('td', { text: row.title ?? row.source }));
      }))));
  setStatus('');
}
