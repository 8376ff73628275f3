import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/ApiProblem';
import { organisationQuery } from '../../api/organisation';
import { useApiQuery } from '../../hooks/useApiQuery';
import { currentLocale } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Panel } from '../../ui/Panel';
import { useSession } from '../../session/sessionContext';

/** Shown once, to the administrator who sets the organisation up: it downloads only then. */
const OrganisationSetupForm = lazy(() =>
  import('./OrganisationSetupForm').then((module) => ({ default: module.OrganisationSetupForm })),
);

const useStyles = makeStyles({
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  groupMeta: { color: tokens.colorNeutralForeground3 },
});

/** A tenant whose programme nobody has set up yet: its organisation does not exist. */
const notSetUp = (error: unknown) => error instanceof ApiProblem && error.status === 404;

/**
 * The organisation's name, brands and groups, as every employee may see them; in a new tenant, where an
 * administrator sets the programme up.
 */
export function OrganisationSummary() {
  const styles = useStyles();
  const { t } = useTranslation();
  const organisation = useApiQuery(organisationQuery());
  const { me } = useSession();
  const locale = currentLocale();

  return (
    <Panel title={t('home.organisation.title')}>
      {organisation.status === 'loading' && <LoadingState label={t('home.organisation.loading')} />}
      {organisation.status === 'error' &&
        (notSetUp(organisation.error) && me.roles.includes('Programme.Admin') ? (
          <Suspense fallback={<LoadingState label={t('home.organisation.loading')} />}>
            <OrganisationSetupForm onSetUp={organisation.retry} />
          </Suspense>
        ) : (
          <ErrorState error={organisation.error} onRetry={organisation.retry} />
        ))}
      {organisation.status === 'done' && (
        <>
          <Text as="p" className={styles.name}>
            {organisation.value.name}
          </Text>

          <h3 className={styles.subheading}>{t('home.organisation.brands')}</h3>
          {organisation.value.brands.length === 0 ? (
            <EmptyState message={t('home.organisation.noBrands')} />
          ) : (
            <ul className={styles.list}>
              {organisation.value.brands.map((brand) => (
                <li key={brand.id}>{brand.name}</li>
              ))}
            </ul>
          )}

          <h3 className={styles.subheading}>{t('home.organisation.groups')}</h3>
          {organisation.value.groups.length === 0 ? (
            <EmptyState message={t('home.organisation.noGroups')} />
          ) : (
            <ul className={styles.list}>
              {organisation.value.groups.map((group) => (
                <li key={group.id}>
                  {group.name[locale]}{' '}
                  <span className={styles.groupMeta}>
                    ({t(`groupKinds.${group.kind}`)},{' '}
                    {t('home.organisation.members', { count: group.memberCount })})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}
