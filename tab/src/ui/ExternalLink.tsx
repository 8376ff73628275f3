import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openExternal } from '../host/openExternal';
import { useSession } from '../session/sessionContext';
import { VisuallyHidden } from './VisuallyHidden';

const useStyles = makeStyles({
  icon: { verticalAlign: 'middle', marginInlineStart: tokens.spacingHorizontalXXS },
});

/**
 * A link that leaves the tab, said so to eyes (the icon) and to screen readers. Inside Teams the tab is an
 * iframe whose popups may be blocked, so Teams opens it.
 */
export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { host } = useSession();
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={className}
      onClick={(event) => {
        if (!host.inTeams) return;
        event.preventDefault();
        void openExternal(href, true);
      }}
    >
      {children}
      <OpenRegular aria-hidden className={styles.icon} />
      <VisuallyHidden>{t('common.newWindow')}</VisuallyHidden>
    </Link>
  );
}
