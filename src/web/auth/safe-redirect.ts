/**
 * A place inside the app to return to after signing in, or `undefined`. Only same-app paths are
 * accepted (no `//host`, no scheme), so the login page cannot be used to send users elsewhere.
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith('/login')) return undefined;
  return value;
}
