import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, upload, type UploadProgress } from './http'

/** A stand-in XMLHttpRequest that reports two progress steps, then answers with the status and body. */
function fakeXhr(status: number, body: unknown) {
  const sent: { headers: Record<string, string>; body?: unknown } = { headers: {} }
  class FakeXhr {
    status = 0
    statusText = ''
    responseText = ''
    withCredentials = false
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    open() {}
    abort() {}
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value
    }
    send(form: unknown) {
      sent.body = form
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 })
      this.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 })
      this.status = status
      this.responseText = body === undefined ? '' : JSON.stringify(body)
      this.onload?.()
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

describe('upload', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  })

  it('reports progress, sends the CSRF header and answers the created object', async () => {
    document.cookie = 'XSRF-TOKEN=abc'
    const sent = fakeXhr(201, { id: 'd1' })
    const steps: UploadProgress[] = []
    const created = await upload<{ id: string }>('/api/projects/p/documents', new FormData(), (p) => steps.push(p))
    expect(created.id).toBe('d1')
    expect(steps).toEqual([{ loaded: 50, total: 200 }, { loaded: 200, total: 200 }])
    expect(sent.headers['X-XSRF-TOKEN']).toBe('abc')
  })

  it('turns a refusal into an ApiError carrying the server message', async () => {
    fakeXhr(413, { status: 413, title: 'Payload too large', detail: 'The file is larger than 100 MB.' })
    const error = (await upload('/api/projects/p/documents', new FormData()).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(413)
    expect(error.message).toBe('The file is larger than 100 MB.')
  })
})
