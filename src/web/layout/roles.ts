import { ROLE_LABELS, type Role } from '../../domain/access/roles';

/** The role's label in the page language. */
export function roleLabel(role: Role, language: string): string {
  return ROLE_LABELS[role][language === 'en' ? 'en' : 'vi'];
}
