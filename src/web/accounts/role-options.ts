import { ROLES } from '../../domain/access/roles';
import { roleLabel } from '../layout/roles';

/** Every role as a select option, labelled in the page language. */
export function roleOptions(language: string): { value: string; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: roleLabel(role, language) }));
}
