// Countries from world-atlas (served by this server) and events as points; a point opens its event.
import { select } from 'd3-selection';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { colorOf } from './colors.js';

let countries;

async function loadCountries() {
  if (!countries) {
    const response = await fetch('/countries-110m.json');
    const world = await response.json();
    countries = feature(world, world.objects.countries);
  }
  return countries;
}

export async function drawMap(container, geojson) {
  const width = 560, height = 290;
  const land = await loadCountries();
  const projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = select(container).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'map')
    .attr('role', 'img').attr('aria-label', 'Events on a world map');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('g').selectAll('path').data(land.features).join('path').attr('class', 'country').attr('d', path);
  svg.append('g').selectAll('circle').data(geojson.features).join('circle')
    .attr('class', 'point').attr('r', 4.5)
    .attr('cx', (d) => projection(d.geometry.coordinates)[0]).attr('cy', (d) => projection(d.geometry.coordinates)[1])
    .attr('fill', (d) => colorOf(d.properties.event_type))
    .attr('data-event', (d) => d.id)
    .on('click', (_, d) => { window.location.hash = `#/event/${encodeURIComponent(d.id)}`; })
    .append('title').text((d) => `${d.properties.event_type} · ${d.properties.place} · ${d.properties.day ?? ''}`);
}
