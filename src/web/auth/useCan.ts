import type { Action } from '../../domain/access/permissions';
import { useMe } from './useMe';

/** True when the account may do `action` somewhere — for navigation and buttons only; the server decides. */
export function useCan(action: Action): boolean {
  return useMe().actions.includes(action);
}
