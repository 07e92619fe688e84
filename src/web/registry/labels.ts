import {
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  type EvidenceType,
} from '../../domain/registry/evidence-types';
import {
  PRODUCER_TYPE_LABELS,
  PRODUCER_TYPES,
  type ProducerType,
} from '../../domain/registry/producer-types';
import { PRODUCT_STATUS_LABELS, type ProductStatus } from '../../domain/registry/product-status';

/** `vi` unless the page is in English. */
export function labelLanguage(language: string): 'vi' | 'en' {
  return language.startsWith('en') ? 'en' : 'vi';
}

export function producerTypeLabel(type: ProducerType, language: string): string {
  return PRODUCER_TYPE_LABELS[type][labelLanguage(language)];
}

export function producerTypeOptions(language: string): { value: ProducerType; label: string }[] {
  return PRODUCER_TYPES.map((value) => ({ value, label: producerTypeLabel(value, language) }));
}

export function evidenceTypeOptions(language: string): { value: EvidenceType; label: string }[] {
  return EVIDENCE_TYPES.map((value) => ({
    value,
    label: EVIDENCE_TYPE_LABELS[value][labelLanguage(language)],
  }));
}

export function productStatusLabel(status: ProductStatus, language: string): string {
  return PRODUCT_STATUS_LABELS[status][labelLanguage(language)];
}

export const PRODUCT_STATUS_COLORS = {
  registered: 'gray',
  in_evaluation: 'blue',
  certified: 'green',
  expired: 'orange',
  revoked: 'red',
} as const satisfies Record<ProductStatus, string>;

/** A size in bytes as people read it ("1,2 MB"). */
export function formatBytes(bytes: number, language: string): string {
  const locale = labelLanguage(language) === 'en' ? 'en-GB' : 'vi-VN';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
