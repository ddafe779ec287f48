import 'vue-router'
import type { Me } from '@/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** sign-in page and the like: no session needed */
    public?: boolean
    /** who may open the route; others are sent to their home */
    allowed?: (me: Me) => boolean
    /** the navigation entry's message key, when the route is in the navigation */
    nav?: string
    /** order in the navigation */
    navOrder?: number
  }
}
