import { CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import type { CustomSeriesOption, HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the ECharts parts the analysis pages draw with (scatter, line, custom error bars,
 * heatmap; grid, tooltip, legend, visual map; SVG output), so the bundle stays small.
 */
echarts.use([ScatterChart, LineChart, CustomChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | ScatterSeriesOption
  | LineSeriesOption
  | CustomSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

export { echarts };
