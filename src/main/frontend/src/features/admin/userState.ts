/** Where an account stands: active, deactivated by someone, or invited and not yet accepted. */
export type UserState = 'active' | 'inactive' | 'invited'

/** An invitee was never active and never deactivated; only accepting its invitation activates it. */
export function userState(user: { active: boolean; deactivatedAt: string | null }): UserState {
  if (user.active) return 'active'
  return user.deactivatedAt ? 'inactive' : 'invited'
}

/** The account's second line: its user name, and its address when that is not the user name itself. */
export function accountLine(user: { username: string; email: string | null }): string {
  return user.email && user.email !== user.username ? `${user.username} · ${user.email}` : user.username
}
