import type { ListNotificationsOutput } from '../../contracts/dossiers.contracts';
import type {
  ListMailPreferencesOutput,
  SetMailPreferenceInput,
} from '../../contracts/notifications.contracts';
import { apiRequest } from '../api/http';

/** Client of the notification endpoints (same contracts as the server). */
export const notificationsApi = {
  list: (query: { unreadOnly: boolean; limit: number }, signal?: AbortSignal) =>
    apiRequest<ListNotificationsOutput>('/notifications', {
      query: { unreadOnly: query.unreadOnly ? 'true' : undefined, limit: query.limit },
      signal,
    }),
  markRead: (id: string) =>
    apiRequest<{ ok: true }>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  markAllRead: () => apiRequest<{ ok: true }>('/notifications/read-all', { method: 'POST' }),
  mailPreferences: (signal?: AbortSignal) =>
    apiRequest<ListMailPreferencesOutput>('/notification-preferences', { signal }),
  setMailPreference: (input: SetMailPreferenceInput) =>
    apiRequest<ListMailPreferencesOutput>('/notification-preferences', { method: 'PUT', body: input }),
};

/** The query key every notification query shares (invalidated together after a change). */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** Where a notification's object is shown in the web app, if it has a screen. */
export function notificationTarget(entityType: string, entityId: string): string | undefined {
  switch (entityType) {
    case 'dossier':
      return `/dossiers/${entityId}`;
    case 'decision':
      return '/decisions';
    case 'round':
      return '/evaluation';
    case 'certificate':
      return `/certificates/${entityId}`;
    case 'revocation_decision':
      return '/certificates';
    default:
      return undefined;
  }
}
