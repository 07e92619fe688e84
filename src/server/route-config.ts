declare module 'fastify' {
  interface FastifyContextConfig {
    /** An API route anyone may call without signing in (login, health, public lookups). */
    isPublic?: boolean;
  }
}

/** Route option marking an API route as public (see the auth plugin: private by default). */
export const PUBLIC_ROUTE = { isPublic: true } as const;
