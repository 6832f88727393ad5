import { getImageProps } from 'next/image';
import type { ImageRef } from '@/db/queries/articles';

type Props = {
  image: Pick<ImageRef, 'src' | 'width' | 'height' | 'alt' | 'blurDataUrl'>;
  /** What the layout shows at each viewport width (CSS in app/globals.css): phones then fetch a small file. */
  sizes: string;
  /**
   * The page's LCP photo: loaded eagerly at high fetch priority (what the Next 16 docs advise over `preload` in most
   * cases). No <link rel=preload> hint from here: React puts such hints in the RSC payload, and the router's
   * prefetch of a page (the masthead links to the home page from every page) then downloads that page's photo
   * too. Everything else is lazy.
   */
  preload?: boolean;
  /** Empty for a decorative copy (a card's photo beside its linked headline). */
  alt?: string;
  className?: string;
};

/**
 * A photo for readers' pages, rendered on the server as a plain <img> with next/image's srcset (WebP
 * through /_next/image) and no client JavaScript: `<Image>` is a client
 * component and costs every page that shows one ~4.6 KB of gzip JavaScript. The blurred placeholder is the
 * <img>'s background and stays behind the (opaque) photo once it has loaded.
 * https://nextjs.org/docs/app/api-reference/components/image#getimageprops
 */
export function ResponsiveImage({ image, sizes, preload = false, alt, className }: Props) {
  const { props } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt: alt ?? image.alt,
    sizes,
    placeholder: image.blurDataUrl ? 'blur' : 'empty',
    blurDataURL: image.blurDataUrl ?? undefined,
    ...(preload ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
  });
  return <img {...props} alt={props.alt} className={className} />;
}
