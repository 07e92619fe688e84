import {
  ListMailPreferencesOutput,
  SetMailPreferenceInput,
} from '../../../contracts/notifications.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { setMailPreference } from '../../../db/repositories/notification-preferences.repository';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { listMailPreferences } from './list-mail-preferences';

const tags = ['notifications'];

/** Each person's choice of which notifications also come by e-mail (their own only). */
export async function notificationPreferenceRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/notification-preferences',
    {
      schema: {
        operationId: 'listMailPreferences',
        tags,
        summary: 'Loại thông báo nhận qua thư điện tử / which notifications also come by e-mail',
        response: { 200: ListMailPreferencesOutput, ...commonErrorResponses },
      },
    },
    async (request) => listMailPreferences(dbOf(request), requireActor(request).accountId),
  );

  app.put(
    '/api/v1/notification-preferences',
    {
      schema: {
        operationId: 'setMailPreference',
        tags,
        summary: 'Bật/tắt thư điện tử cho một loại thông báo / turn mail of one kind on or off',
        body: SetMailPreferenceInput,
        response: { 200: ListMailPreferencesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { accountId } = requireActor(request);
      await setMailPreference(dbOf(request), { accountId, ...request.body, now: app.deps.clock() });
      return listMailPreferences(dbOf(request), accountId);
    },
  );
}
