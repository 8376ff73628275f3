import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { StudioGroup } from '@contract/groups';
import { ApiProblem } from '../../../api/ApiProblem';
import { getGroups } from '../../../api/groups';
import { useAsync } from '../../../hooks/useAsync';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { AddPeoplePanel } from './AddPeoplePanel';
import { CsvImportPanel } from './CsvImportPanel';
import { EntraSyncPanel } from './EntraSyncPanel';
import { GroupSettingsPanel } from './GroupSettingsPanel';
import { MembersPanel } from './MembersPanel';

const useStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))',
    alignItems: 'start',
  },
});

interface LoadedGroup {
  group: StudioGroup;
  entraSync: boolean;
}

/** Studio: one group, its members, and the ways to add them. */
export function GroupPage() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const load = useCallback(
    async (signal: AbortSignal): Promise<LoadedGroup> => {
      const list = await getGroups(signal);
      const group = list.items.find((candidate) => candidate.id === groupId);
      if (!group) throw new ApiProblem('http', 404);
      return { group, entraSync: list.entraSync };
    },
    [groupId],
  );
  const loaded = useAsync(load);

  if (loaded.status === 'loading') return <LoadingState label={t('group.loading')} />;
  if (loaded.status === 'error') {
    return (
      <>
        <PageHeading title={t('groups.title')} />
        <BackLink />
        <ErrorState error={loaded.error} onRetry={loaded.retry} />
      </>
    );
  }
  return <GroupView initial={loaded.value} />;
}

function BackLink() {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <RouterLink to="/studio/groups" className={styles.back}>
      <ArrowLeftRegular aria-hidden />
      {t('group.back')}
    </RouterLink>
  );
}

function GroupView({ initial }: { initial: LoadedGroup }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [group, setGroup] = useState(initial.group);
  // Bumped when members change elsewhere on the page: the members table then reads them again.
  const [membersVersion, setMembersVersion] = useState(0);

  const refresh = useCallback(async () => {
    const list = await getGroups().catch(() => undefined);
    const latest = list?.items.find((candidate) => candidate.id === initial.group.id);
    if (latest) setGroup(latest);
  }, [initial.group.id]);

  const membersChanged = useCallback(() => {
    setMembersVersion((version) => version + 1);
    void refresh();
  }, [refresh]);

  return (
    <>
      <PageHeading
        title={localized(group.name, currentLocale())}
        intro={`${t(`groupKinds.${group.kind}`)} · ${t('group.members', { count: group.memberCount })}`}
      />
      <p>
        <BackLink />
      </p>
      <div className={styles.grid}>
        <MembersPanel key={membersVersion} groupId={group.id} onRemoved={() => void refresh()} />
        <AddPeoplePanel groupId={group.id} onAdded={membersChanged} />
        <CsvImportPanel groupId={group.id} onImported={membersChanged} />
        {initial.entraSync && <EntraSyncPanel group={group} onSynced={membersChanged} />}
        <GroupSettingsPanel group={group} onSaved={setGroup} />
      </div>
    </>
  );
}
