import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { navSections } from '../navigation/pages';
import type { NavSection, PageDefinition } from '../navigation/pages';
import { PHONE_WIDTH } from '../ui/phoneWidth';

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    width: '220px',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [PHONE_WIDTH]: {
      width: 'auto',
      paddingBlock: tokens.spacingVerticalXS,
      borderRight: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  toggle: { display: 'none', [PHONE_WIDTH]: { display: 'inline-flex' } },
  folded: { [PHONE_WIDTH]: { display: 'none' } },
  unfolded: { [PHONE_WIDTH]: { display: 'block', paddingTop: tokens.spacingVerticalS } },
  section: { marginBottom: tokens.spacingVerticalM },
  sectionLabel: {
    display: 'block',
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorCompoundBrandStroke}`,
  },
  icon: { fontSize: '20px', flexShrink: 0 },
});

/** The pages this person may open, grouped by section; on a narrow screen, behind a "Menu" button. */
export function NavMenu({ pages }: { pages: readonly PageDefinition[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const groupsId = useId();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  // Going to a page folds the menu again, so the page shows first.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }
  return (
    <nav aria-label={t('shell.navigation')} className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={open ? <DismissRegular /> : <NavigationRegular />}
        aria-expanded={open}
        aria-controls={groupsId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('shell.closeMenu') : t('shell.menu')}
      </Button>
      <div id={groupsId} className={open ? styles.unfolded : styles.folded}>
        {navSections.map((section) => {
          const inSection = pages.filter((page) => page.section === section && page.inMenu !== false);
          return inSection.length > 0 && <NavGroup key={section} section={section} pages={inSection} />;
        })}
      </div>
    </nav>
  );
}

function NavGroup({ section, pages }: { section: NavSection; pages: readonly PageDefinition[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className={styles.section}>
      <span id={labelId} className={styles.sectionLabel}>
        {t(`shell.sections.${section}`)}
      </span>
      <ul aria-labelledby={labelId} className={styles.list}>
        {pages.map(({ id, path, labelKey, icon: Icon }) => (
          <li key={id}>
            <NavLink
              to={path}
              // The library stays current while one of its items is open.
              end={path === '/'}
              className={({ isActive }) => mergeClasses(styles.link, isActive && styles.current)}
            >
              <Icon className={styles.icon} aria-hidden />
              {t(labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
