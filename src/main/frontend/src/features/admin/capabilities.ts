import type { Capability } from '@/session'
import type { OrganisationKind } from './api'

/** The capabilities a user of an organisation of this kind may hold: the server enforces the same rule. */
export function capabilitiesFor(kind: OrganisationKind | undefined): Capability[] {
  switch (kind) {
    case 'HOST':
      return ['TENANT_ADMIN', 'DESIGNER', 'MANAGER', 'MEMBER']
    case 'PARTNER':
      return ['PARTNER_MEMBER', 'PARTNER_MANAGER']
    case 'CUSTOMER':
      return ['CUSTOMER_VIEWER']
    default:
      return []
  }
}

/** The capability a new user of the organisation starts with. */
export function defaultCapability(kind: OrganisationKind | undefined): Capability | undefined {
  return { HOST: 'MEMBER', PARTNER: 'PARTNER_MEMBER', CUSTOMER: 'CUSTOMER_VIEWER' }[kind ?? 'HOST'] as Capability | undefined
}

/** Splits what an admin typed into e-mail domains: commas, spaces or new lines between them, an '@' in front allowed. */
export function parseDomains(text: string): string[] {
  return [...new Set(text.split(/[\s,;，；]+/).map((d) => d.trim().replace(/^@/, '').toLowerCase()).filter(Boolean))]
}

/** Splits pasted addresses (one per line, or separated by commas, semicolons or spaces) and drops repeats. */
export function parseEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;，；]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))]
}
