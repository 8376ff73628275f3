import type { GroupKind, SaveGroup } from '@contract/groups';

export interface GroupFormValues {
  nameFr: string;
  nameEn: string;
  kind: GroupKind;
}

export function toSaveGroup(values: GroupFormValues): SaveGroup {
  return { name: { fr: values.nameFr.trim(), en: values.nameEn.trim() }, kind: values.kind };
}
