import { assertCan, scopesFor, type Action, type Actor } from '../../../domain/access/permissions';

export { assertCan };

/** The unit paths where the actor may do `action` (empty when nowhere). */
export function requireActorScopes(actor: Actor, action: Action): string[] {
  return scopesFor(actor, action);
}
