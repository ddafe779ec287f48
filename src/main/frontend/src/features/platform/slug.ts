/** A short name proposed from a tenant's name: ASCII letters and digits kept, the rest joined by hyphens. */
export function proposeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '')
}

/** The time zones the browser knows, the common ones first; the server checks the IANA id. */
export function timeZones(): string[] {
  const common = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC']
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []
  return [...common, ...supported.filter((zone) => !common.includes(zone))]
}
