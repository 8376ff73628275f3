import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { pages } from '../navigation/pages';
import { PageHeading } from '../ui/PageHeading';

const useStyles = makeStyles({
  link: { color: tokens.colorBrandForegroundLink },
});

/** An unknown address, or a page this person's roles do not open. */
export function NotFoundPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const kind = pages.some((page) => page.path === pathname) ? 'forbidden' : 'pageNotFound';

  return (
    <>
      <PageHeading title={t(`errors.${kind}.title`)} />
      <MessageBar intent={kind === 'forbidden' ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          {t(`errors.${kind}.message`)}{' '}
          <Link to="/" className={styles.link}>
            {t('errors.actions.home')}
          </Link>
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
