/**
 * The one place that turns an object's link — as notifications carry it (bell and e-mail), search
 * hits and pages name it — into the page its reader opens, per persona. The server checks every
 * notification link for its recipient first (io.crossflow.notification.NotificationTarget beans:
 * the object, else its nearest visible ancestor); this maps what is left to a route. The router
 * applies it to every navigation, so a link typed, clicked in the bell or opened from an e-mail
 * lands on the same page (docs/web.md, "Links to objects").
 */
import type { RouteLocationRaw } from 'vue-router'
import type { Me } from '@/session'

type Persona = 'HOST' | 'PARTNER' | 'CUSTOMER'

/** What a link can be mapped to: a page, or (for links that do not name their project) a look-up first. */
export type Mapped = RouteLocationRaw | LookUpFirst
interface LookUpFirst {
  lookup: 'work-item' | 'supplier-order'
  id: string
}

const isLookUp = (m: Mapped): m is LookUpFirst => typeof m === 'object' && 'lookup' in m

const ID = '([0-9a-fA-F-]{36})'

interface Target {
  pattern: RegExp
  /** null: the link is that persona's page as it stands */
  to: (groups: string[], persona: Persona) => Mapped | null
}

const TARGETS: Target[] = [
  // tasks: the task page, for everyone the inbox lets work on them
  { pattern: /^\/inbox\/([^/]+)$/, to: ([task]) => ({ name: 'task', params: { taskId: task } }) },
  // tickets: their own page for every persona
  { pattern: new RegExp(`^/tickets/${ID}$`), to: () => null },
  // documents: their own page for every persona
  { pattern: new RegExp(`^/projects/${ID}/documents/${ID}$`), to: ([, doc]) => ({ name: 'document', params: { documentId: doc } }) },
  {
    pattern: new RegExp(`^/projects/${ID}/work-items/${ID}$`),
    to: ([project, item], persona) =>
      persona === 'HOST'
        ? { path: `/projects/${project}`, query: { workItem: item } }
        : persona === 'PARTNER'
          ? { path: '/portal', query: { project, workItem: item } }
          : { path: '/customer', query: { project, workItem: item } },
  },
  { pattern: new RegExp(`^/work-items/${ID}$`), to: ([item]) => ({ lookup: 'work-item', id: item }) },
  {
    pattern: new RegExp(`^/projects/${ID}/?$`),
    to: ([project], persona) => (persona === 'HOST' ? null : { path: persona === 'PARTNER' ? '/portal' : '/customer', query: { project } }),
  },
  {
    pattern: new RegExp(`^/portal/supplier-orders/${ID}$`),
    to: ([order], persona) => (persona === 'PARTNER' ? { path: '/portal', query: { order } } : { lookup: 'supplier-order', id: order }),
  },
]

/** Where `path` leads `me`; null when it is a page as it stands (or no object's link). */
export function mapTarget(path: string, me: Me | null): Mapped | null {
  if (!me) return null
  for (const target of TARGETS) {
    const m = target.pattern.exec(path)
    if (m) return target.to(m.slice(1), me.organisation.kind)
  }
  return null
}

/** The link of an object by its kind (search hits: `ticket`, `work-item`, `document`), to be mapped like any other. */
export function objectLink(kind: string, id: string, projectId: string | null): string | null {
  if (kind === 'ticket') return `/tickets/${id}`
  if (kind === 'work-item') return projectId ? `/projects/${projectId}/work-items/${id}` : `/work-items/${id}`
  if (kind === 'document' && projectId) return `/projects/${projectId}/documents/${id}`
  if (kind === 'project') return `/projects/${id}`
  return null
}

/** The project of an object a link names without it; null when the reader may not see it. */
export type Lookup = (kind: 'work-item' | 'supplier-order', id: string) => Promise<string | null>

/** {@link mapTarget}, with the look-ups done: the route to go to instead of `path`, or null to stay. */
export async function resolveTarget(path: string, me: Me | null, lookup: Lookup): Promise<RouteLocationRaw | null> {
  const mapped = mapTarget(path, me)
  if (mapped === null || !isLookUp(mapped)) return mapped
  const project = await lookup(mapped.lookup, mapped.id)
  if (project === null) return null // the object is gone or hidden: the not-found page says so
  const canonical = mapped.lookup === 'work-item' ? `/projects/${project}/work-items/${mapped.id}` : `/projects/${project}`
  const again = mapTarget(canonical, me)
  return again === null || isLookUp(again) ? canonical : again
}

/** The route of an object's link for `me`, for links rendered inside pages (no look-ups: links naming their project). */
export function routeOf(path: string, me: Me | null): RouteLocationRaw {
  const mapped = mapTarget(path, me)
  return mapped === null || isLookUp(mapped) ? path : mapped
}
