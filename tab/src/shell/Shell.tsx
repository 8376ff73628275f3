import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { visiblePages } from '../navigation/pageAccess';
import { pages } from '../navigation/pages';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useSession } from '../session/sessionContext';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { HeadingFocusContext } from '../ui/headingFocus';
import { LoadingState } from '../ui/LoadingState';
import { PHONE_WIDTH } from '../ui/phoneWidth';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main-content';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  body: {
    display: 'flex',
    flexGrow: 1,
    [PHONE_WIDTH]: { flexDirection: 'column' },
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    ':focus': { outlineStyle: 'none' },
  },
});

/** Landmarks (header, nav, main) around the page the address selects. */
export function Shell() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  const visible = useMemo(() => visiblePages(pages, me.roles), [me.roles]);
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const headingFocusPending = useRef(false);

  // After in-app navigation, screen readers and keyboards start at the new page, not in the menu:
  // on the page itself at once, then on its heading once it shows (pages may load first). A layout
  // effect, so the flag is up before the new page's heading looks at it in its (passive) effect.
  useLayoutEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    headingFocusPending.current = true;
    mainRef.current?.focus();
  }, [pathname]);

  // The heading takes the focus only if the person has not moved it elsewhere in the meantime.
  const claimHeadingFocus = useCallback(() => {
    if (!headingFocusPending.current) return false;
    headingFocusPending.current = false;
    const focused = document.activeElement;
    return focused === null || focused === document.body || focused === mainRef.current;
  }, []);

  return (
    <div className={styles.root}>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader />
      <div className={styles.body}>
        <NavMenu pages={visible} />
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={styles.main}>
          <HeadingFocusContext value={claimHeadingFocus}>
            <ErrorBoundary key={pathname}>
              <Suspense fallback={<LoadingState label={t('shell.loadingPage')} />}>
                <Routes>
                  {visible.map(({ id, path, Component }) => (
                    <Route key={id} path={path} element={<Component />} />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </ErrorBoundary>
          </HeadingFocusContext>
        </main>
      </div>
    </div>
  );
}
