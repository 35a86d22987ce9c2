// The dashboard's router: #/ (timeline, map, list), #/event/ID, #/actor/KEY.
import { renderDashboard } from './dashboard.js';
import { renderEvent } from './eventPage.js';
import { renderActor } from './actorPage.js';
import { currentFilters, setupFilters, showFilters } from './filters.js';
import { clear } from './dom.js';

const view = () => document.getElementById('view');

export function setStatus(text, isError = false) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function route() {
  const hash = window.location.hash || '#/';
  const target = clear(view());
  try {
    if (hash.startsWith('#/event/')) {
      await renderEvent(target, decodeURIComponent(hash.slice('#/event/'.length)), setStatus);
    } else if (hash.startsWith('#/actor/')) {
      await renderActor(target, decodeURIComponent(hash.slice('#/actor/'.length)), setStatus);
    } else {
      const filters = currentFilters();
      showFilters(filters);
      await renderDashboard(target, filters, setStatus);
    }
  } catch (error) {
    setStatus(`Could not load: ${error.message}`, true);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  setupFilters(() => {});
  window.addEventListener('hashchange', route);
  route();
});
