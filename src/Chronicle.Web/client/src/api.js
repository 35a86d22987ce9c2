// Talks to /api. With --protect-reads the operator's token is asked once and kept for this tab only.
const TOKEN_KEY = 'chronicle-token';

export async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  if (response.status === 401) {
    const entered = window.prompt('This server needs its operator token to read:');
    if (entered) {
      sessionStorage.setItem(TOKEN_KEY, entered);
      return getJson(path, params);
    }
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { const problem = await response.json(); detail = problem.detail || problem.title || detail; } catch { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}
