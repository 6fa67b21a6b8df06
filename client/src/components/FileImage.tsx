import { fileUrl, imageSrcSet, smallFileUrl } from '../api/files.js';

interface Props {
  fileId: string;
  alt: string;
  /** The intrinsic ratio the box keeps before the image arrives (no layout shift); CSS sets the width. */
  width: number;
  height: number;
  /** How wide the image shows, for the browser's pick in `srcset` (default: a list thumbnail). */
  sizes?: string;
  className?: string;
  /** The first image of a page's first screen: load it at once. Others wait until scrolled near. */
  eager?: boolean;
  /** Logos and thumbnails: the 400 px copy is always enough. */
  smallOnly?: boolean;
}

/** An uploaded image: the 400 px copy on phones, the large one where the layout needs it; sized and lazy. */
export function FileImage({ fileId, alt, width, height, sizes = '(min-width: 900px) 400px, 100vw', className, eager, smallOnly }: Props) {
  return (
    <img
      className={className}
      src={smallOnly ? smallFileUrl(fileId) : fileUrl(fileId)}
      srcSet={smallOnly ? undefined : imageSrcSet(fileId)}
      sizes={smallOnly ? undefined : sizes}
      alt={alt}
      width={width}
      height={height}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(eager ? { fetchPriority: 'high' as const } : {})}
    />
  );
}
