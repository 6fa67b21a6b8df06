// What a person was typing survives the tab being killed and reloaded (a low-memory phone opening the
// camera, switching to Zalo, a flaky connection): each keystroke is kept in sessionStorage, which dies
// with the tab group and never outlives it the way localStorage would. Keys name the signed-in user,
// the form and the object it is about, so one account never sees another's text in a shared browser.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useMe } from '../api/hooks/auth.js';

const PREFIX = 'ketnoi.draft:';

/** Which form, about which object (a consultation id, a conversation id, 'new'…). */
export interface DraftScope {
  form: string;
  id: string;
}

export function draftKey(userId: string, scope: DraftScope): string {
  return `${PREFIX}${userId}:${scope.form}:${scope.id}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage refused (some private modes): drafts are simply not kept.
    return undefined;
  }
}

export function readDraft<V>(key: string): V | undefined {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as V) : undefined;
  } catch {
    return undefined;
  }
}

function writeRaw(key: string, raw: string | undefined): void {
  try {
    if (raw === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, raw);
  } catch {
    // Full or refused: the draft is a convenience, the form goes on working without it.
  }
}

/** Every draft the user left in this tab: called on sign-out. */
export function clearDraftsOf(userId: string): void {
  const store = storage();
  if (!store) return;
  const mine = `${PREFIX}${userId}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(mine)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

export interface Draft<V> {
  /** The form's values: the restored draft at first, else `start`. */
  values: V;
  setValues: Dispatch<SetStateAction<V>>;
  /** Whether the "restored" note is showing. */
  noticeShown: boolean;
  /** Hides the note; the restored text stays. */
  dismiss: () => void;
  /** Forgets the stored draft, hides the note and puts the form's starting values back. */
  discard: () => void;
  /** After a successful save: the draft is done with (values left in the form are not stored again). */
  clear: () => void;
}

/**
 * A form's values (like `useState(start)`), kept as the draft of `scope` for the signed-in user while
 * they differ from `start`, and restored from it when the form mounts again. `scope: null` turns the
 * keeping off (a staff screen other people use). The form remounts (React `key`) for another object,
 * as every form here already does.
 */
export function useDraft<V>(scope: DraftScope | null, start: V): Draft<V> {
  const userId = useMe().data?.user.id;
  const key = scope && userId ? draftKey(userId, scope) : undefined;
  const startRaw = JSON.stringify(start);

  const [restored] = useState<V | undefined>(() => {
    if (!key) return undefined;
    const found = readDraft<V>(key);
    return found !== undefined && JSON.stringify(found) !== startRaw ? found : undefined;
  });
  const [values, setValues] = useState<V>(restored ?? start);
  const [noticeShown, setNoticeShown] = useState(restored !== undefined);
  // What storage holds for this key: a value equal to it is not written again.
  const written = useRef(JSON.stringify(restored ?? start));

  const valuesRaw = JSON.stringify(values);
  useEffect(() => {
    if (!key || valuesRaw === written.current) return;
    written.current = valuesRaw;
    writeRaw(key, valuesRaw === startRaw ? undefined : valuesRaw);
  }, [key, valuesRaw, startRaw]);

  // The latest values, so `clear` called from a mutation callback marks what the form holds as saved.
  const latest = useRef(valuesRaw);
  useEffect(() => {
    latest.current = valuesRaw;
  }, [valuesRaw]);

  const forget = useCallback(
    (keepAsWritten: string) => {
      if (key) writeRaw(key, undefined);
      written.current = keepAsWritten;
      setNoticeShown(false);
    },
    [key],
  );
  const dismiss = useCallback(() => setNoticeShown(false), []);
  const discard = () => {
    forget(startRaw);
    setValues(start);
  };
  const clear = useCallback(() => forget(latest.current), [forget]);

  return { values, setValues, noticeShown, dismiss, discard, clear };
}
