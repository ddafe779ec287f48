/** The small part of bpmn-js / diagram-js services the designer uses, typed locally (the libraries ship loose types). */

export interface DiagramElement {
  id: string
  type: string
  businessObject?: { name?: string }
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined
}

export interface Canvas {
  addMarker(element: string | DiagramElement, marker: string): void
  removeMarker(element: string | DiagramElement, marker: string): void
  scrollToElement(element: DiagramElement): void
  zoom(level?: 'fit-viewport' | number, center?: 'auto'): number
  /** forget the cached container size after a layout change */
  resized(): void
  viewbox(): Viewbox
  viewbox(box: { x: number; y: number; width: number; height: number }): Viewbox
}

export interface Viewbox {
  x: number
  y: number
  width: number
  height: number
  scale: number
  /** the diagram's own bounds */
  inner: { x: number; y: number; width: number; height: number }
  /** the container's size in pixels */
  outer: { width: number; height: number }
}

export interface Overlays {
  add(element: string | DiagramElement, type: string, overlay: { position: { top?: number; right?: number; left?: number; bottom?: number }; html: HTMLElement | string }): string
  remove(filter: { type?: string; element?: string }): void
}

export interface Selection {
  select(element: DiagramElement | null): void
}

export interface CommandStack {
  canUndo(): boolean
  canRedo(): boolean
  undo(): void
  redo(): void
}

/** What both the modeler and the viewer offer. */
export interface Diagram {
  importXML(xml: string): Promise<{ warnings: unknown[] }>
  saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>
  get<T>(service: string): T
  on(event: string, callback: () => void): void
  destroy(): void
}
