// frappe-gantt ships no types; the part of its API the plan uses.
declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string
    name: string
    start: string
    end: string
    progress: number
    dependencies?: string
    custom_class?: string
    _start: Date
    _end: Date
    [extra: string]: unknown
  }

  export interface FrappeBar {
    task: FrappeTask
    $bar: SVGRectElement
    group: SVGGElement
  }

  export interface FrappeOptions {
    view_mode?: string
    view_mode_select?: boolean
    today_button?: boolean
    readonly?: boolean
    readonly_progress?: boolean
    move_dependencies?: boolean
    popup?: false
    bar_height?: number
    padding?: number
    upper_header_height?: number
    lower_header_height?: number
    column_width?: number
    container_height?: number | 'auto'
    scroll_to?: string
    infinite_padding?: boolean
    language?: string
    on_click?: (task: FrappeTask) => void
    on_date_change?: (task: FrappeTask, start: Date, end: Date) => void
    on_view_change?: (mode: unknown) => void
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: object[], options?: FrappeOptions)
    bars: FrappeBar[]
    /** the scrolling element around the chart */
    $container: HTMLElement
    /** the start of each column, and the chart's first and last day (internal, read by the plan's controls) */
    dates: Date[]
    gantt_start: Date
    gantt_end: Date
    config: { column_width: number; header_height: number }
    /** a column width for every view; null for each view's own */
    options: { column_width: number | null }
    setup_date_values(): void
    render(): void
    refresh(tasks: object[]): void
    change_view_mode(mode?: string, maintain_pos?: boolean): void
  }
}

declare module 'frappe-gantt-css'
