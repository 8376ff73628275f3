import { useState } from 'react';
import type { CSSProperties } from 'react';

/**
 * A decorative preview picture (the title beside it says what it is). When it cannot be loaded it
 * disappears instead of leaving a broken-image frame.
 */
export function PreviewImage({
  src,
  className,
  lazy = false,
  style,
}: {
  src: string;
  className?: string;
  lazy?: boolean;
  /** For a shape that depends on data, e.g. the network's picture ratio. */
  style?: CSSProperties;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <img
      src={src}
      alt=""
      loading={lazy ? 'lazy' : undefined}
      className={className}
      style={style}
      onError={() => setFailed(true)}
    />
  );
}
