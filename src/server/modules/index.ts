import type { AppInstance } from '../context';
import { dossierRoutes } from './dossiers/dossier.routes';
import { rubricRoutes } from './rubrics/rubric.routes';
import { unitRoutes } from './units/units.routes';

/**
 * Routes of the business modules. Each module adds one line here; keep the list alphabetical to
 * avoid merge conflicts.
 */
export async function moduleRoutes(app: AppInstance): Promise<void> {
  await app.register(dossierRoutes);
  await app.register(rubricRoutes);
  await app.register(unitRoutes);
}
