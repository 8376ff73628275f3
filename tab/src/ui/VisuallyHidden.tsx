import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Read by screen readers, not shown: e.g. "120 of 280 characters" beside a visible "120 / 280". */
export function VisuallyHidden({ id, children }: { id?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span id={id} className={styles.root}>
      {children}
    </span>
  );
}
