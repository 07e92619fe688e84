import type { IndicatorCatalogueOutput } from '../../../contracts/programme.contracts';
import { catalogueInForce } from '../../../domain/programme/indicator-catalogue';

/** The indicator catalogue in force for a plan year (what targets may name). */
export function listIndicators(year: number): IndicatorCatalogueOutput {
  const catalogue = catalogueInForce(`${year}-01-01`);
  return {
    id: catalogue.id,
    validFrom: catalogue.validFrom,
    indicators: catalogue.indicators.map((i) => ({
      code: i.code,
      vi: i.vi,
      en: i.en,
      unit: i.unit,
      source: i.source.kind,
      metric: i.source.kind === 'computed' ? i.source.metric : null,
    })),
  };
}
