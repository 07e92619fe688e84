import { findRubricVersionInForce } from '../rubric/catalogue/rubric-catalogue';
import type { RubricVersion } from '../rubric/rubric.types';

/**
 * The rubric a new dossier pins (bộ tiêu chí áp dụng cho hồ sơ): a version published by an
 * administrator (`stored`) that is in force on `today` and has a sheet for the product set wins;
 * otherwise the built-in catalogue's version in force. Among stored versions the latest start wins,
 * then the first in `stored` (pass them newest publication first). A dossier keeps the version it
 * pinned, so publishing later never changes an existing dossier.
 * Returns undefined when no version in force covers the set.
 */
export function chooseDossierRubric(params: {
  stored: readonly RubricVersion[];
  builtIn: readonly RubricVersion[];
  today: string;
  productSet: number;
}): RubricVersion | undefined {
  const covers = (version: RubricVersion) => version.sheets.some((s) => s.setNumber === params.productSet);
  return (
    findRubricVersionInForce(params.today, params.stored.filter(covers)) ??
    findRubricVersionInForce(params.today, params.builtIn.filter(covers))
  );
}
