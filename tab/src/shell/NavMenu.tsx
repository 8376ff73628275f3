import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navSections } from '../navigation/pages';
import type { NavSection, PageDefinition } from '../navigation/pages';

// Below this width (e.g. the ~320 px Teams side panel) the menu becomes a row above the page.
const narrow = '@media (max-width: 639px)';

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    width: '220px',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [narrow]: {
      width: 'auto',
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalM,
      borderRight: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  section: { marginBottom: tokens.spacingVerticalM, [narrow]: { marginBottom: 0 } },
  sectionLabel: {
    display: 'block',
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    [narrow]: {
      // Still names the list for screen readers; there is no room to show it.
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    },
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    [narrow]: { flexDirection: 'row', flexWrap: 'wrap' },
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
    [narrow]: { boxShadow: `inset 0 -3px 0 ${tokens.colorCompoundBrandStroke}` },
  },
  icon: { fontSize: '20px', flexShrink: 0 },
});

/** The pages this person may open, grouped by section. */
export function NavMenu({ pages }: { pages: readonly PageDefinition[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('shell.navigation')} className={styles.root}>
      {navSections.map((section) => {
        const inSection = pages.filter((page) => page.section === section && page.inMenu !== false);
        return inSection.length > 0 && <NavGroup key={section} section={section} pages={inSection} />;
      })}
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
