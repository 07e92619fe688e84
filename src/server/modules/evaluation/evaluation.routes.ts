import type { AppInstance } from '../../context';
import { attendanceRoutes } from './attendance.routes';
import { certificateRoutes } from './certificate.routes';
import { consultancyRoutes } from './consultancy.routes';
import { councilRoutes } from './council.routes';
import { decisionReviewRoutes } from './decision-review.routes';
import { decisionRoutes } from './decision.routes';
import { roundEvidenceRoutes } from './round-evidence.routes';
import { roundRoutes } from './round.routes';
import { scoringRoutes } from './scoring.routes';

/** Councils, rounds, scoring, results, decisions and certificates (issue 5). */
export async function evaluationRoutes(app: AppInstance): Promise<void> {
  await app.register(councilRoutes);
  await app.register(roundRoutes);
  await app.register(attendanceRoutes);
  await app.register(scoringRoutes);
  await app.register(roundEvidenceRoutes);
  await app.register(decisionRoutes);
  await app.register(decisionReviewRoutes);
  await app.register(certificateRoutes);
  await app.register(consultancyRoutes);
}
