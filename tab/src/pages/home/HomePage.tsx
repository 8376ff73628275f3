import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { OrganisationSummary } from './OrganisationSummary';
import { ParticipationSummary } from './ParticipationSummary';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
});

export function HomePage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <PageHeading title={t('home.title', { name: me.displayName })} intro={t('home.intro')} />
      <div className={styles.grid}>
        <ParticipationSummary me={me} />
        <OrganisationSummary />
      </div>
    </>
  );
}
