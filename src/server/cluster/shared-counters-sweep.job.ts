import { sweepSharedThrottles } from '../../db/repositories/shared-throttle.repository';
import { defineDailyJob } from '../jobs/job-definition';

/**
 * Dọn bộ đếm dùng chung — forgets the sign-in failures and request counts whose window has ended
 * (tables `shared_throttle_keys`, `shared_rate_limits`), so the tables hold only the networks
 * seen lately. Forgetting an ended window changes no answer.
 */
export const sharedCountersSweepJob = defineDailyJob({
  name: 'shared-counters-sweep',
  hour: 3,
  descriptionVi: 'Xóa bộ đếm đăng nhập sai và giới hạn yêu cầu đã hết hạn',
  descriptionEn: 'Delete ended sign-in throttle and rate-limit counters',
  async run({ db, now }) {
    const deleted = await sweepSharedThrottles(db, now);
    return { ...deleted };
  },
});
