import { useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * The state every studio editor keeps: the form's values, and whether a save is under way or failed.
 * `persist` runs the request that saves, then goes to the page it names; on failure the form stays, with the error.
 */
export function useEditorForm<V extends object>(initial: () => V) {
  const navigate = useNavigate();
  const [values, setValues] = useState<V>(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const set = <K extends keyof V>(name: K, value: V[K]) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function persist(request: () => Promise<string>) {
    setSaving(true);
    setSaveError(undefined);
    try {
      void navigate(await request());
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  return { values, setValues, set, saving, saveError, persist };
}
