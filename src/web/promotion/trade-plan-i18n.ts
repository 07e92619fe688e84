import { i18next } from '../i18n/i18n';

/** The `tradePlan` namespace: the yearly trade-promotion plan and the national calendar. */
export const TRADE_PLAN_NS = 'tradePlan';
i18next.addResourceBundle(
  'vi',
  TRADE_PLAN_NS,
  {
    nav: 'Kế hoạch XTTM',
    title: 'Kế hoạch xúc tiến thương mại năm',
    intro:
      'Cơ quan thường trực tỉnh lập kế hoạch xúc tiến thương mại của năm và gửi về Trung ương; khi đã gửi, kế hoạch không sửa được. Trung ương xem kế hoạch của mọi tỉnh trên một lịch theo tháng.',
    year: 'Năm',
    province: 'Tỉnh',
    events: 'Các sự kiện dự kiến',
    name: 'Tên sự kiện',
    kind: 'Loại',
    level: 'Cấp',
    month: 'Tháng',
    place: 'Địa điểm',
    addEvent: 'Thêm sự kiện',
    remove: 'Xóa',
    save: 'Lưu bản nháp',
    submit: 'Gửi Trung ương',
    submitConfirmTitle: 'Gửi kế hoạch năm {{year}} về Trung ương?',
    submitConfirm: 'Sau khi gửi, kế hoạch bị khóa và không sửa được nữa.',
    submitConfirmWho:
      'Văn phòng Điều phối nông thôn mới Trung ương thấy kế hoạch trong lịch xúc tiến thương mại các tỉnh.',
    submitted: 'Đã gửi Trung ương ngày {{date}}',
    draft: 'Bản nháp',
    calendar: 'Lịch xúc tiến thương mại các tỉnh (kế hoạch đã gửi)',
    monthLabel: 'Tháng {{month}}',
    noEvents: 'Chưa có kế hoạch nào được gửi cho năm này.',
    loading: 'Đang tải kế hoạch…',
  },
  true,
  true,
);
i18next.addResourceBundle(
  'en',
  TRADE_PLAN_NS,
  {
    nav: 'Trade-promotion plan',
    title: 'Yearly trade-promotion plan',
    intro:
      "The province standing office drafts the year's trade-promotion plan and sends it to the central office; once sent it cannot be changed. The central office sees every province's plan in one calendar by month.",
    year: 'Year',
    province: 'Province',
    events: 'Planned events',
    name: 'Event name',
    kind: 'Kind',
    level: 'Level',
    month: 'Month',
    place: 'Place',
    addEvent: 'Add event',
    remove: 'Remove',
    save: 'Save draft',
    submit: 'Send to the central office',
    submitConfirmTitle: 'Send the {{year}} plan to the central office?',
    submitConfirm: 'Once sent, the plan is frozen and can no longer be changed.',
    submitConfirmWho:
      "The central coordination office sees the plan in the provinces' trade-promotion calendar.",
    submitted: 'Sent to the central office on {{date}}',
    draft: 'Draft',
    calendar: "Provinces' trade-promotion calendar (sent plans)",
    monthLabel: 'Month {{month}}',
    noEvents: 'No plan has been sent for this year yet.',
    loading: 'Loading the plan…',
  },
  true,
  true,
);
