import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetOutput } from '../../contracts/evaluation.contracts';
import { isApiError } from '../api/api-error';
import { evaluationApi } from './evaluation.api';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict';
type Choices = Record<string, number>;

interface LocalDraft {
  choices: Choices;
  /** Criteria whose knock-out note the member records (absent in drafts kept before notes). */
  knockOuts?: string[];
  /** The server revision the local edits started from. */
  baseRevision: number;
}

const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

function storageKey(roundId: string, productId: string, sheetVersion: number): string {
  return `ocop.scoreSheet.${roundId}.${productId}.v${sheetVersion}`;
}

function readLocal(key: string): LocalDraft | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

function writeLocal(key: string, draft: LocalDraft | undefined): void {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // storage full or private mode: the server draft is still saved
  }
}

const same = (a: Choices, b: Choices) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
const sameList = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * The choices of a draft score sheet, saved automatically: every change goes to localStorage at
 * once (so a dropped connection or a closed tab loses nothing) and to the server after a short
 * pause, with the revision the API uses for optimistic concurrency. One save is in flight at a
 * time; a failed save is retried when the browser is back online, and edits restored from
 * localStorage on opening the sheet are sent at once. A 409 stops autosaving until the user reloads. `flush()` saves now and returns the revision to submit.
 */
export function useSheetAutosave(params: {
  roundId: string;
  productId: string;
  sheet: SheetOutput | null;
  isEditable: boolean;
}) {
  const { roundId, productId, sheet, isEditable } = params;
  const key = storageKey(roundId, productId, sheet?.version ?? 1);
  const [choices, setChoices] = useState<Choices>(() => sheet?.choices ?? {});
  const [knockOuts, setKnockOuts] = useState<string[]>(() => sheet?.knockOuts ?? []);
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [isRestored, setIsRestored] = useState(false);
  const revision = useRef(sheet?.revision ?? 1);
  const latest = useRef<Choices>(choices);
  const latestKnockOuts = useRef<string[]>(knockOuts);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stateRef = useRef<SaveState>('idle');
  const setSaveState = (next: SaveState) => {
    stateRef.current = next;
    setState(next);
  };

  // Restore unsaved local edits made on top of the revision the server still has.
  useEffect(() => {
    if (!isEditable) return;
    const local = readLocal(key);
    if (
      local &&
      local.baseRevision === (sheet?.revision ?? 1) &&
      (!same(local.choices, sheet?.choices ?? {}) ||
        !sameList(local.knockOuts ?? sheet?.knockOuts ?? [], sheet?.knockOuts ?? []))
    ) {
      latest.current = local.choices;
      setChoices(local.choices);
      latestKnockOuts.current = local.knockOuts ?? sheet?.knockOuts ?? [];
      setKnockOuts(latestKnockOuts.current);
      setIsRestored(true);
      setSaveState('pending');
    } else if (local) writeLocal(key, undefined);
  }, [key, isEditable]); // once per sheet version

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      await inFlight.current;
      if (stateRef.current === 'pending' || stateRef.current === 'offline') return save();
      return;
    }
    const sent = latest.current;
    const sentKnockOuts = latestKnockOuts.current;
    const run = (async () => {
      setSaveState('saving');
      try {
        const saved = await evaluationApi.saveDraft(roundId, productId, {
          choices: sent,
          knockOuts: sentKnockOuts,
          revision: revision.current,
        });
        revision.current = saved.revision;
        setSavedAt(new Date());
        if (same(sent, latest.current) && sameList(sentKnockOuts, latestKnockOuts.current)) {
          writeLocal(key, undefined);
          setSaveState('saved');
        } else {
          writeLocal(key, {
            choices: latest.current,
            knockOuts: latestKnockOuts.current,
            baseRevision: revision.current,
          });
          setSaveState('pending');
        }
      } catch (error) {
        if (isApiError(error) && error.status === 409) setSaveState('conflict');
        else if (isApiError(error) && error.status !== 0) throw error;
        else setSaveState('offline');
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
    if (stateRef.current === 'pending') return save();
  }, [key, productId, roundId]);

  // Edits restored from this device (made offline, or in a tab closed before they were sent)
  // go to the server as soon as the page is back, without waiting for another change.
  useEffect(() => {
    if (isRestored) void save().catch(() => setSaveState('offline'));
  }, [isRestored, save]);

  const schedule = useCallback(() => {
    writeLocal(key, {
      choices: latest.current,
      knockOuts: latestKnockOuts.current,
      baseRevision: revision.current,
    });
    if (stateRef.current !== 'saving') setSaveState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save().catch(() => setSaveState('offline')), DEBOUNCE_MS);
  }, [key, save]);

  const change = useCallback(
    (code: string, option: number | undefined) => {
      if (stateRef.current === 'conflict') return;
      const next = { ...latest.current };
      if (option === undefined) delete next[code];
      else next[code] = option;
      latest.current = next;
      setChoices(next);
      schedule();
    },
    [schedule],
  );

  /** Records (or withdraws) the member's finding that a criterion's knock-out note applies. */
  const setKnockOut = useCallback(
    (code: string, applies: boolean) => {
      if (stateRef.current === 'conflict') return;
      const next = latestKnockOuts.current.filter((c) => c !== code);
      if (applies) next.push(code);
      latestKnockOuts.current = next;
      setKnockOuts(next);
      schedule();
    },
    [schedule],
  );

  // Back online, or every few seconds while offline: try again.
  useEffect(() => {
    const retry = () => {
      if (stateRef.current === 'offline' || stateRef.current === 'pending')
        void save().catch(() => setSaveState('offline'));
    };
    window.addEventListener('online', retry);
    const interval = setInterval(() => {
      if (stateRef.current === 'offline') retry();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(interval);
      clearTimeout(timer.current);
    };
  }, [save]);

  /** Saves whatever is pending now; returns the revision the server holds. */
  const flush = useCallback(async (): Promise<number> => {
    clearTimeout(timer.current);
    if (stateRef.current === 'pending' || stateRef.current === 'offline' || inFlight.current || !sheet)
      await save();
    if (stateRef.current === 'offline') throw new Error('offline');
    return revision.current;
  }, [save, sheet]);

  return { choices, change, knockOuts, setKnockOut, state, savedAt, isRestored, flush };
}
