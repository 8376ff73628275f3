import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppRole } from '@contract/roles';
import { PageHeading } from '../ui/PageHeading';
import { RouterLink } from '../ui/RouterLink';
import { audienceOf } from './restrictedAccess';

const useStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
  },
});

interface RestrictedPageProps {
  roles: readonly AppRole[] | undefined;
  /** A page with what this person may read instead, e.g. the company summary for Insights. */
  otherwise?: { path: string; label: string };
}

/**
 * Said kindly, whether the menu would not have offered the page (an address typed or shared) or the API
 * refused it (roles changed since sign-in): who the page is for, and where to go instead.
 */
export function RestrictedPage({ roles, otherwise }: RestrictedPageProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const audience = audienceOf(roles);

  return (
    <>
      <PageHeading title={t('errors.forbidden.title')} />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t(`access.restricted.${audience}`)}</MessageBarBody>
      </MessageBar>
      <div className={styles.links}>
        {otherwise && (
          <RouterLink to={otherwise.path} appearance="button">
            {otherwise.label}
          </RouterLink>
        )}
        <RouterLink to="/">{t('errors.actions.home')}</RouterLink>
      </div>
    </>
  );
}
