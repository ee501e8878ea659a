// The charts, on ECharts from npm (only the parts used are bundled). SVG rendering keeps the
// labels as text and stays sharp on phone screens.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, VisualMapComponent, SVGRenderer]);

const live = new Set();

// a reader whose system asks for less motion (prefers-reduced-motion) gets every chart drawn at once
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

function chart(container, option) {
  const instance = echarts.init(container, null, { renderer: 'svg' });
  instance.setOption({ animation: !reducedMotion.matches, ...option });
  live.add(instance);
  return instance;
}

/** Disposes the charts of the page being left. */
export function disposeCharts() {
  live.forEach((instance) => instance.dispose());
  live.clear();
}

window.addEventListener('resize', () => live.forEach((instance) => instance.resize()));

const narrow = () => window.matchMedia('(max-width: 640px)').matches;

/** rows × columns of counts; cells are [columnIndex, rowIndex, value]. */
export function heatmap(container, { columns, columnNames, rows, cells, max }) {
  return chart(container, {
    tooltip: {
      formatter: (p) => `${rows[p.value[1]]}<br>${columnNames[p.value[0]]}: ${p.value[2]}`,
    },
    grid: { left: narrow() ? 56 : 90, right: 8, top: 8, bottom: 56 },
    xAxis: { type: 'category', data: columns, splitArea: { show: true }, axisLabel: { interval: 0, rotate: narrow() ? 90 : 0, fontSize: 11 } },
    yAxis: { type: 'category', data: rows, splitArea: { show: true }, axisLabel: { fontSize: 11 } },
    visualMap: { min: 0, max: Math.max(1, max), show: false, inRange: { color: ['#f1f8f3', '#1f7a4d'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 11 }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  });
}

/** Adopted vs in-the-list per category. */
export function coverageBars(container, { labels, names, adopted, catalogue, adoptedLabel, catalogueLabel }) {
  return chart(container, {
    tooltip: { trigger: 'axis', formatter: (p) => `${names[p[0].dataIndex]}<br>${p.map((s) => `${s.seriesName}: ${s.value}`).join('<br>')}` },
    legend: { data: [adoptedLabel, catalogueLabel], top: 0 },
    grid: { left: 32, right: 8, top: 32, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: narrow() ? 90 : 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: catalogueLabel, type: 'bar', data: catalogue, itemStyle: { color: '#c9d8cf' }, barGap: '-100%' },
      { name: adoptedLabel, type: 'bar', data: adopted, itemStyle: { color: '#1f7a4d' }, label: { show: !narrow(), position: 'top', fontSize: 10 } },
    ],
  });
}

/** One line per series of [period, value]; an optional target drawn as a dashed line. */
export function history(container, { series, target, targetLabel, unit }) {
  return chart(container, {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (unit ? `${v} ${unit}` : `${v}`) },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: series.map(([period]) => String(period)) },
    yAxis: { type: 'value', scale: true, name: unit || '' },
    series: [{
      type: 'line',
      data: series.map(([, value]) => value),
      symbolSize: 8,
      itemStyle: { color: '#1f7a4d' },
      markLine: target === undefined || target === null ? undefined : {
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#b5542c' },
        label: { formatter: `${targetLabel} ${target}`, position: 'insideEndTop' },
        data: [{ yAxis: target }],
      },
    }],
  });
}
