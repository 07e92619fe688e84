import type { TFunction } from 'i18next';
import type { EditableCouncilSettings } from '../../contracts/council-settings.contracts';

/** The settings as rows of a table: label, then the value in words. */
export function settingRows(t: TFunction, settings: EditableCouncilSettings): [string, string][] {
  const { quorum } = settings;
  const forwarding = {
    null: t('forwardingProcedure'),
    points: t('forwardingPoints'),
    stars: t('forwardingStars'),
  }[settings.forwardingReading ?? 'null'];
  return [
    [t('quorumShare'), t('percent', { value: quorum.minPresentPercent })],
    [t('rounding'), quorum.rounding === 'up' ? t('roundingUp') : t('roundingNearest')],
    [t('requireChair'), quorum.requireChair ? t('yes') : t('no')],
    [t('abstentions'), quorum.abstentionsCountAsPresent ? t('yes') : t('no')],
    [t('forwarding'), forwarding],
    [
      t('districtReading'),
      settings.districtReading === 'commune' ? t('districtCommune') : t('districtFormer'),
    ],
  ];
}
