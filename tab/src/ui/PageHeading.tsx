import { makeStyles, tokens } from '@fluentui/react-components';
import { use, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { HeadingFocusContext } from './headingFocus';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    // Focused by script after navigation, never by Tab: no focus ring on a heading.
    ':focus': { outlineStyle: 'none' },
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
});

/** The page's one h1, with an optional introduction. */
export function PageHeading({ title, intro }: { title: string; intro?: ReactNode }) {
  const styles = useStyles();
  const claimFocus = use(HeadingFocusContext);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (claimFocus()) headingRef.current?.focus();
  }, [claimFocus]);

  return (
    <div className={styles.root}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.title}>
        {title}
      </h1>
      {/* A block, not a paragraph: some pages introduce themselves with badges or lists, which a <p> cannot hold. */}
      {intro && <div className={styles.intro}>{intro}</div>}
    </div>
  );
}
