/**
 * Who sees what inside a round, as a table of pure rules on top of the permission table:
 *
 * | viewer                         | products of the round | other members' sheets of a product          |
 * |--------------------------------|-----------------------|---------------------------------------------|
 * | the council's chair            | all                   | all                                         |
 * | standing office of the unit    | all                   | after scoring is closed                     |
 * | member                         | assigned ones only    | after submitting their own sheet at least once |
 * | anybody else                   | none                  | none                                        |
 */
import type { RoundStatus } from './round-workflow';

export interface RoundViewer {
  /** The council_members row of the viewer in this council, if any. */
  councilRole: 'chair' | 'vice_chair' | 'member' | 'secretary' | 'advisor' | null;
  /** Holds the matching grant (council_chair / standing_office) within the council's unit. */
  isChairGranted: boolean;
  isStandingOffice: boolean;
}

export function isRoundChair(viewer: RoundViewer): boolean {
  return viewer.councilRole === 'chair' && viewer.isChairGranted;
}

/** Whether the viewer may see a product on the agenda. */
export function canSeeRoundProduct(viewer: RoundViewer, isAssigned: boolean): boolean {
  if (isRoundChair(viewer) || viewer.isStandingOffice) return true;
  return viewer.councilRole !== null && isAssigned;
}

/** Whether the viewer may see other members' sheets (totals and choices) of a product. */
export function canSeeOtherSheets(
  viewer: RoundViewer,
  params: { isAssigned: boolean; hasSubmittedOwn: boolean; roundStatus: RoundStatus },
): boolean {
  if (isRoundChair(viewer)) return true;
  if (viewer.isStandingOffice && (params.roundStatus === 'closed' || params.roundStatus === 'adopted'))
    return true;
  return viewer.councilRole !== null && params.isAssigned && params.hasSubmittedOwn;
}
