// Stacked bars of event counts per period, one colour per PLOVER type.
import { select } from 'd3-selection';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisBottom, axisLeft } from 'd3-axis';
import { max } from 'd3-array';
import { colorOf } from './colors.js';

export function drawTimeline(container, buckets) {
  const width = 560, height = 220, margin = { top: 8, right: 8, bottom: 40, left: 32 };
  const periods = [...new Set(buckets.map((b) => b.period))].sort();
  const stacks = new Map(periods.map((p) => [p, []]));
  for (const bucket of buckets) {
    const stack = stacks.get(bucket.period);
    const below = stack.length ? stack[stack.length - 1].top : 0;
    stack.push({ ...bucket, bottom: below, top: below + bucket.count });
  }
  const x = scaleBand().domain(periods).range([margin.left, width - margin.right]).padding(0.15);
  const y = scaleLinear().domain([0, max([...stacks.values()], (s) => (s.length ? s[s.length - 1].top : 0)) || 1]).nice()
    .range([height - margin.bottom, margin.top]);
  const svg = select(container).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'timeline')
    .attr('role', 'img').attr('aria-label', 'Event counts by period and type');
  const every = Math.max(1, Math.ceil(periods.length / 8));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).tickValues(periods.filter((_, i) => i % every === 0)))
    .selectAll('text').attr('transform', 'rotate(-30)').attr('text-anchor', 'end');
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y).ticks(4));
  svg.append('g').selectAll('rect').data([...stacks.values()].flat()).join('rect')
    .attr('class', 'bar').attr('x', (d) => x(d.period)).attr('width', x.bandwidth())
    .attr('y', (d) => y(d.top)).attr('height', (d) => y(d.bottom) - y(d.top)).attr('fill', (d) => colorOf(d.type))
    .append('title').text((d) => `${d.period} ${d.type}: ${d.count}`);
}
