import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { pages } from '../navigation/pages';
import { PageHeading } from '../ui/PageHeading';
import { RestrictedPage } from './RestrictedPage';

const useStyles = makeStyles({
  link: { color: tokens.colorBrandForegroundLink },
});

/** An unknown address, or a page this person's roles do not open (said politely by RestrictedPage). */
export function NotFoundPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Only the pages a person may see have routes: a page matched here is one their roles do not open.
  const restricted = pages.find((page) => matchPath(page.path, pathname));
  if (restricted) {
    const otherwise = pages.find((page) => page.id === restricted.otherwise);
    return (
      <RestrictedPage
        roles={restricted.roles}
        otherwise={
          otherwise && { path: otherwise.path, label: t('access.otherwise', { page: t(otherwise.labelKey) }) }
        }
      />
    );
  }

  return (
    <>
      <PageHeading title={t('errors.pageNotFound.title')} />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('errors.pageNotFound.message')}{' '}
          <Link to="/" className={styles.link}>
            {t('errors.actions.home')}
          </Link>
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
