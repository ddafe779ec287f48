import { http, request } from '@/api/http'
import type { SecondStep } from '@/session'

/** One's two-factor state (GET /api/me/totp). */
export interface TotpStatus {
  enabled: boolean
  required: boolean
  recoveryCodesLeft: number
}

/** What an enrolment shows once: the secret, its otpauth URI and the QR code (an SVG data URI). */
export interface TotpEnrolment {
  secret: string
  otpauthUri: string
  qrCode: string
}

/** The password or a code, for turning two-factor off or renewing the recovery codes. */
export interface TotpProof {
  password?: string
  code?: string
}

export interface RecoveryCodes {
  recoveryCodes: string[]
}

export interface SignInPolicy {
  totpRequiredForExternal: boolean
}

export const twoFactorApi = {
  status: () => http.get<TotpStatus>('/api/me/totp'),
  start: () => http.post<TotpEnrolment>('/api/me/totp'),
  confirm: (code: string) => http.post<RecoveryCodes>('/api/me/totp/confirm', { code }),
  disable: (proof: TotpProof) => http.post<void>('/api/me/totp/disable', proof),
  renewRecoveryCodes: (proof: TotpProof) => http.post<RecoveryCodes>('/api/me/totp/recovery-codes', proof),
  /** The second sign-in step waiting in this session, if any (401 when none). */
  pending: () => request<{ username: string; step: SecondStep }>('/api/login/totp', { redirectOn401: false }),
  startAtSignIn: () => request<TotpEnrolment>('/api/login/totp/enrolment', { method: 'POST', redirectOn401: false }),
  completeSignIn: (code: string) =>
    request<{ username: string; signedIn: boolean; recoveryCodes: string[] }>('/api/login/totp', { method: 'POST', body: { code }, redirectOn401: false }),
  policy: () => http.get<SignInPolicy>('/api/admin/sign-in-policy'),
  updatePolicy: (policy: SignInPolicy) => http.put<SignInPolicy>('/api/admin/sign-in-policy', policy),
}

/** The secret in groups of four, as people type it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim()
}
