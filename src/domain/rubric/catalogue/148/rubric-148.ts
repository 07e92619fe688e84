/**
 * Rubric version "148": the 26 scoring sheets of Decision 148/QĐ-TTg of 24/02/2023 (Prime
 * Minister), Appendix I, in force from 2023-02-24. Decision 1489/QĐ-TTg (06/07/2025) amends the
 * procedure, not the sheets, so this version stays open-ended until a replacement is confirmed
 * (26/2026/QĐ-TTg is reported but [open]).
 *
 * The sheets are data files in the rubric import format (`version.json` + `set-NN.json`, see
 * NOTES.md for where they come from and the decisions recorded on them), read through the same
 * check as an imported decision: a broken file throws RUBRIC_INVALID when this module loads.
 */
import { loadBuiltInRubricVersion } from '../load-built-in-rubric';
import set01 from './set-01.json' with { type: 'json' };
import set02 from './set-02.json' with { type: 'json' };
import set03 from './set-03.json' with { type: 'json' };
import set04 from './set-04.json' with { type: 'json' };
import set05 from './set-05.json' with { type: 'json' };
import set06 from './set-06.json' with { type: 'json' };
import set07 from './set-07.json' with { type: 'json' };
import set08 from './set-08.json' with { type: 'json' };
import set09 from './set-09.json' with { type: 'json' };
import set10 from './set-10.json' with { type: 'json' };
import set11 from './set-11.json' with { type: 'json' };
import set12 from './set-12.json' with { type: 'json' };
import set13 from './set-13.json' with { type: 'json' };
import set14 from './set-14.json' with { type: 'json' };
import set15 from './set-15.json' with { type: 'json' };
import set16 from './set-16.json' with { type: 'json' };
import set17 from './set-17.json' with { type: 'json' };
import set18 from './set-18.json' with { type: 'json' };
import set19 from './set-19.json' with { type: 'json' };
import set20 from './set-20.json' with { type: 'json' };
import set21 from './set-21.json' with { type: 'json' };
import set22 from './set-22.json' with { type: 'json' };
import set23 from './set-23.json' with { type: 'json' };
import set24 from './set-24.json' with { type: 'json' };
import set25 from './set-25.json' with { type: 'json' };
import set26 from './set-26.json' with { type: 'json' };
import header from './version.json' with { type: 'json' };

// Pure, and its arguments plain names: a bundle that never reads the sheets (the web app) drops them.
export const RUBRIC_148 = /* @__PURE__ */ loadBuiltInRubricVersion(header, [
  set01,
  set02,
  set03,
  set04,
  set05,
  set06,
  set07,
  set08,
  set09,
  set10,
  set11,
  set12,
  set13,
  set14,
  set15,
  set16,
  set17,
  set18,
  set19,
  set20,
  set21,
  set22,
  set23,
  set24,
  set25,
  set26,
]);
