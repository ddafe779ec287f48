// ECharts registered once, with only the parts the budget chart uses. Import this file only from
// lazily loaded components: it pulls ECharts into their chunk, never into the first screen.
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { init, use, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>

/** Draws {@code option} into {@code el}, redraws when it changes, follows the element's size. */
export function useEcharts(el: Ref<HTMLElement | undefined>, option: Ref<ChartOption>) {
  let chart: ECharts | null = null
  let observer: ResizeObserver | null = null

  onMounted(() => {
    if (!el.value) return
    chart = init(el.value)
    chart.setOption(option.value)
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => chart?.resize())
      observer.observe(el.value)
    }
  })
  watch(option, (next) => chart?.setOption(next, true), { deep: true })
  onBeforeUnmount(() => {
    observer?.disconnect()
    chart?.dispose()
    chart = null
  })
}
