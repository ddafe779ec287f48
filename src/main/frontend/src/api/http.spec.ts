import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, handleUnauthorized, request, url } from './http'

function respond(status: number, body: unknown) {
  return vi.fn().mockImplementation(
    async () =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
      }),
  )
}

describe('request', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  })

  it('turns a ProblemDetail into an ApiError with its field errors', async () => {
    vi.stubGlobal('fetch', respond(400, { status: 400, title: 'Invalid input', detail: 'Please correct the highlighted field.', errors: [{ field: 'quantity', message: 'is required' }] }))
    const error = (await request("/api/tasks/1/complete", { method: "POST", body: {} }).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe('Please correct the highlighted field.')
    expect(error.fieldError('quantity')).toBe('is required')
  })

  it('sends the XSRF cookie as header on writes only', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D'
    const fetchMock = respond(200, { ok: true })
    vi.stubGlobal('fetch', fetchMock)
    await request('/api/x', { method: 'POST', body: { a: 1 } })
    expect(fetchMock.mock.calls[0][1].headers['X-XSRF-TOKEN']).toBe('abc=')
    await request('/api/x')
    expect(fetchMock.mock.calls[1][1].headers['X-XSRF-TOKEN']).toBeUndefined()
  })

  it('sends the user to sign in on 401', async () => {
    const signIn = vi.fn()
    handleUnauthorized(signIn)
    vi.stubGlobal('fetch', respond(401, { status: 401, title: 'Not signed in' }))
    await expect(request('/api/inbox')).rejects.toBeInstanceOf(ApiError)
    expect(signIn).toHaveBeenCalledOnce()
  })

  it('hands the 401 problem to the handler, so a deactivated account can be told why', async () => {
    const signIn = vi.fn()
    handleUnauthorized(signIn)
    vi.stubGlobal('fetch', respond(401, { status: 401, title: 'Account deactivated', reason: 'account-deactivated' }))
    await expect(request('/api/inbox')).rejects.toBeInstanceOf(ApiError)
    expect(signIn).toHaveBeenCalledWith(expect.objectContaining({ reason: 'account-deactivated' }))
  })

  it('leaves out empty query parameters', () => {
    expect(url('/api/inbox', { q: '', page: 0, projectId: undefined, size: 20 })).toBe('/api/inbox?page=0&size=20')
  })
})
