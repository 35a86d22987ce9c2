// The filter form <-> the URL hash's query (#/?type=PROTEST&from=...), so a filtered view can be bookmarked.
import { TYPES } from './colors.js';
import { el } from './dom.js';

const FIELDS = ['type', 'from', 'to', 'country', 'actor', 'q', 'min_confidence'];

export function setupFilters(onChange) {
  const form = document.getElementById('filters');
  const select = document.getElementById('filter-type');
  for (const type of TYPES) select.append(el('option', { value: type, text: type }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, name === 'country' ? value.toUpperCase() : value);
    }
    const query = params.toString();
    window.location.hash = `#/${query ? `?${query}` : ''}`;
    onChange();
  });
  form.addEventListener('reset', () => setTimeout(() => form.requestSubmit(), 0));
}

export function currentFilters() {
  const hash = window.location.hash;
  const question = hash.indexOf('?');
  const params = new URLSearchParams(question < 0 ? '' : hash.slice(question + 1));
  const filters = {};
  for (const name of FIELDS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

export function showFilters(filters) {
  const form = document.getElementById('filters');
  for (const name of FIELDS) form.elements[name].value = filters[name] || '';
}
