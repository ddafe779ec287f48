// PDF.js (Mozilla's pdfjs-dist) renders PDFs into canvases: the app's Content-Security-Policy
// allows no frames or plugins (frame-src and object-src 'none'), and headless and mobile browsers
// often have no built-in viewer. Loaded only when a PDF is previewed.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

/** Opens the PDF's bytes; the document is rendered page by page with {@link renderPage}. */
export async function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  // no eval (script-src 'self'), fonts the PDF does not embed come from the system
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: true }).promise
}

/** Draws page {@code number} (1-based) into the canvas, {@code width} CSS pixels wide, sharp on dense screens. */
export async function renderPage(pdf: PDFDocumentProxy, number: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const page = await pdf.getPage(number)
  const unscaled = page.getViewport({ scale: 1 })
  const scale = Math.max(0.25, width / unscaled.width)
  const ratio = window.devicePixelRatio || 1
  const viewport = page.getViewport({ scale: scale * ratio })
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
  await page.render({ canvas, viewport }).promise
}
