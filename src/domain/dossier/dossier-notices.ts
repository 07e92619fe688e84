/**
 * Who hears about a status change (thông báo): the producer, the commune, the receiving level —
 * and what they read. Pure; the server turns audiences into accounts and rows.
 */
import type { DossierStatus } from './dossier.types';
import { DOSSIER_STATUS_LABELS } from './dossier.types';

export type NoticeAudience = 'producer' | 'commune' | 'district' | 'province';

/** The people concerned by entering each status. */
export const AUDIENCES_BY_STATUS = {
  draft: [],
  submitted: ['commune'],
  returned_by_commune: ['producer'],
  accepted_by_commune: ['producer'],
  commune_assessed: [],
  forwarded_to_district: ['producer', 'district'],
  returned_by_district: ['producer', 'commune'],
  forwarded_to_province: ['producer', 'province'],
  returned_by_province: ['producer', 'commune'],
  accepted_into_pool: ['producer', 'commune'],
} as const satisfies Record<DossierStatus, readonly NoticeAudience[]>;

export interface DossierNotice {
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
}

/** The text of the notice about a dossier entering `status`, with the actor's comment if any. */
export function noticeFor(params: {
  status: DossierStatus;
  productName: string;
  producerName: string;
  comment?: string | null;
}): DossierNotice {
  const label = DOSSIER_STATUS_LABELS[params.status];
  const comment = params.comment?.trim();
  return {
    titleVi: `Hồ sơ "${params.productName}": ${label.vi}`,
    titleEn: `Dossier "${params.productName}": ${label.en}`,
    bodyVi: `Hồ sơ sản phẩm "${params.productName}" của ${params.producerName} chuyển sang trạng thái: ${label.vi}.${comment ? ` Ý kiến: ${comment}` : ''}`,
    bodyEn: `The dossier of "${params.productName}" (${params.producerName}) is now: ${label.en}.${comment ? ` Comment: ${comment}` : ''}`,
  };
}
