import { ElMessage } from 'element-plus'
import { i18n } from '@/i18n'
import { ApiError } from './http'

/** A person-readable headline for an error, in the UI's language. */
export function problemTitle(error: unknown): string {
  const t = i18n.global.t
  const status = error instanceof ApiError ? error.status : 500
  const known = [0, 400, 401, 403, 404, 409, 413, 500]
  return t(`error.title.${known.includes(status) ? status : 'other'}`)
}

/** The server's message (already in the user's language when the server knows it). */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return i18n.global.t('error.network')
    return error.problem.detail || error.problem.title || problemTitle(error)
  }
  return error instanceof Error ? error.message : String(error)
}

/** Shows an error to the user: the headline and the server's message. */
export function showProblem(error: unknown): void {
  if (!(error instanceof ApiError)) console.error(error)
  ElMessage({ type: 'error', message: `${problemTitle(error)}: ${problemMessage(error)}`, showClose: true, duration: 6000, grouping: true })
}
