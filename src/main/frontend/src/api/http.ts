/**
 * The one HTTP client of the web app: same-origin fetch to Crossflow's own /api, the SPA CSRF
 * header, ProblemDetail errors as {@link ApiError}, and 401 sending the user back to sign-in.
 */

export interface FieldError {
  field: string
  message: string
}

export interface ProblemDetail {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: FieldError[]
  [property: string]: unknown
}

export class ApiError extends Error {
  readonly problem: ProblemDetail

  constructor(problem: ProblemDetail) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }

  /** The server's message for one field, or undefined. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message
  }
}

type UnauthorizedHandler = (problem: ProblemDetail) => void
let onUnauthorized: UnauthorizedHandler = () => {}
let language = 'en'

/** Called by the shell: where a 401 goes (the sign-in page). */
export function handleUnauthorized(handler: UnauthorizedHandler): void {
  onUnauthorized = handler
}

/** The UI language, sent as Accept-Language so the server words its messages in it. */
export function useLanguage(tag: string): void {
  language = tag
}

export function csrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : undefined
}

export interface RequestOptions {
  method?: string
  body?: unknown
  query?: Record<string, string | number | boolean | null | undefined>
  /** when false, a 401 is thrown to the caller instead of leaving for the sign-in page */
  redirectOn401?: boolean
  signal?: AbortSignal
}

export function url(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language }
  let body: BodyInit | undefined
  if (options.body instanceof FormData) {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  let response: Response
  try {
    response = await fetch(url(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError({ status: 0, title: 'Network error', detail: 'network' })
  }
  if (!response.ok) {
    const problem = await problemOf(response)
    if (response.status === 401 && options.redirectOn401 !== false) onUnauthorized(problem)
    throw new ApiError(problem)
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T
  }
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

async function problemOf(response: Response): Promise<ProblemDetail> {
  try {
    const parsed = (await response.json()) as ProblemDetail
    return { ...parsed, status: parsed.status ?? response.status }
  } catch {
    return { status: response.status, title: response.statusText }
  }
}

export const http = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
}

/** How far an upload has come: bytes sent of the request body's total. */
export interface UploadProgress {
  loaded: number
  total: number
}

/**
 * Sends a multipart form with XMLHttpRequest, the only browser API that reports upload progress
 * (`upload.onprogress`); otherwise as {@link request}: CSRF header, Accept-Language, ProblemDetail
 * answers as {@link ApiError}, a 401 back to sign-in.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', language)
    const token = csrfToken()
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.({ loaded: e.loaded, total: e.total })
    }
    xhr.onload = () => {
      let parsed: unknown
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        parsed = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T)
        return
      }
      const problem: ProblemDetail =
        parsed && typeof parsed === 'object'
          ? { ...(parsed as ProblemDetail), status: (parsed as ProblemDetail).status ?? xhr.status }
          : { status: xhr.status, title: xhr.statusText }
      if (xhr.status === 401) onUnauthorized(problem)
      reject(new ApiError(problem))
    }
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error', detail: 'network' }))
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(form)
  })
}
