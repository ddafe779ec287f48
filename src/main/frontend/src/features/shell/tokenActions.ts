import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/http'
import { showProblem } from '@/api/problems'

/** The fields of a new API token that the server may refuse (POST …/tokens). */
const TOKEN_FIELDS = ['name', 'scopes', 'expiresInDays'] as const

/**
 * What every screen that issues API tokens does the same way (the profile's own tokens, the admin's service
 * users): issue one and keep its once-shown secret, show the server's field errors, copy the secret, revoke
 * after asking. `keys` is the message section with `copied`, `confirmRevoke`, `revoke` and `revoked`.
 */
export function useTokenActions(keys: 'profile.tokens' | 'admin.service') {
  const { t } = useI18n()

  /** Runs `call`; on refused fields fills `errors` and answers null, any other problem is shown. */
  async function issue<T>(call: () => Promise<T>, errors: Record<string, string | undefined>): Promise<T | null> {
    TOKEN_FIELDS.forEach((f) => (errors[f] = undefined))
    try {
      return await call()
    } catch (e) {
      if (e instanceof ApiError && TOKEN_FIELDS.some((f) => e.fieldError(f))) {
        TOKEN_FIELDS.forEach((f) => (errors[f] = e.fieldError(f)))
      } else showProblem(e)
      return null
    }
  }

  async function copy(secret: string | undefined) {
    if (!secret) return
    try {
      await navigator.clipboard.writeText(secret)
      ElMessage({ type: 'success', message: t(`${keys}.copied`) })
    } catch {
      // no clipboard (an insecure origin): the field can still be selected and copied by hand
    }
  }

  /** Asks, revokes and reloads; answers whether it was revoked. */
  async function revoke(token: { id: string; name: string }, call: (id: string) => Promise<unknown>, reload: () => Promise<unknown>) {
    try {
      await ElMessageBox.confirm(t(`${keys}.confirmRevoke`, { name: token.name }), t(`${keys}.revoke`), {
        type: 'warning', confirmButtonText: t(`${keys}.revoke`), cancelButtonText: t('action.cancel'),
      })
    } catch {
      return false
    }
    try {
      await call(token.id)
      ElMessage({ type: 'success', message: t(`${keys}.revoked`, { name: token.name }) })
      await reload()
      return true
    } catch (e) {
      showProblem(e)
      return false
    }
  }

  return { issue, copy, revoke }
}
