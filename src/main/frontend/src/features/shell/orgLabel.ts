/** The part of the session the header's organisation line reads. */
export interface OrgNames {
  tenant: { name: string }
  organisation: { name: string }
}

/**
 * "Demo Co" for the tenant's own people (whose organisation usually carries the tenant's name),
 * "Demo Co · Supplier A" for a partner or customer: each name once.
 */
export function orgLabel(me: OrgNames | null | undefined): string {
  if (!me) return ''
  const tenant = me.tenant.name.trim()
  const organisation = me.organisation.name.trim()
  if (!organisation || organisation.localeCompare(tenant, undefined, { sensitivity: 'base' }) === 0) return tenant
  if (!tenant) return organisation
  return `${tenant} · ${organisation}`
}
