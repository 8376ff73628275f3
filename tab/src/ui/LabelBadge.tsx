import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Fluent badges have a fixed height; labels like "Responsable du programme" must wrap at narrow widths.
  root: { height: 'auto', minHeight: '20px', paddingBlock: tokens.spacingVerticalXXS, textAlign: 'start' },
});

/** A tinted badge holding a short label that may wrap. */
export function LabelBadge({ color, children }: Pick<BadgeProps, 'color' | 'children'>) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" shape="rounded" color={color} className={styles.root}>
      {children}
    </Badge>
  );
}
