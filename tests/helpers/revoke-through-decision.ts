import { expect } from 'vitest';
import type { Session, TestApp } from './test-app';

/**
 * Revokes a certificate the way a province does (thu hồi): the standing office proposes it on a
 * ground and drafts a decision with `decisionNumber`, the leader approves. Returns the approved
 * decision's id; each step is expected to succeed.
 */
export async function revokeThroughDecision(
  t: TestApp,
  params: {
    certificateId: string;
    office: Session;
    leader: Session;
    decisionNumber: string;
    groundCode?: string;
    groundText?: string;
  },
): Promise<{ decisionId: string }> {
  const send = async (who: Session, url: string, payload: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: who.headers, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ id: string; version: number }>();
  };
  const proposal = await send(params.office, '/api/v1/revocation-proposals', {
    certificateId: params.certificateId,
    groundCode: params.groundCode ?? 'food_safety_violation',
    ...(params.groundText ? { groundText: params.groundText } : {}),
  });
  const draft = await send(params.office, '/api/v1/revocation-decisions', {
    proposalIds: [proposal.id],
    number: params.decisionNumber,
  });
  await send(params.leader, `/api/v1/revocation-decisions/${draft.id}/approve`, { version: draft.version });
  return { decisionId: draft.id };
}
