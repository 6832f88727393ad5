import { getImageProps } from 'next/image';
import type { ImageRef } from '@/db/queries/articles';
import { filterSrcSet, widthsFor } from '@/lib/image-widths';

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
 * component and costs every page that shows one ~4.6 KB of gzip JavaScript. The srcset lists only the widths the
 * layout can use (lib/image-widths.ts), and only the page's LCP photo has a blurred placeholder (the <img>'s
 * background, behind the opaque photo once it has loaded): each is written twice per photo, in the HTML and in
 * the React Server Components payload, and on a story with a photo exhibition they were a third of its HTML. The
 * other photos show the quiet tone of `img` in globals.css until they load.
 * https://nextjs.org/docs/app/api-reference/components/image#getimageprops
 */
export function ResponsiveImage({ image, sizes, preload = false, alt, className }: Props) {
  const { props } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt: alt ?? image.alt,
    sizes,
    placeholder: preload && image.blurDataUrl ? 'blur' : 'empty',
    blurDataURL: preload ? (image.blurDataUrl ?? undefined) : undefined,
    ...(preload ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
  });
  const widths = [...(props.srcSet ?? '').matchAll(/\s(\d+)w(?:,|$)/g)].map((match) => Number(match[1]));
  const srcSet = props.srcSet ? filterSrcSet(props.srcSet, widthsFor(sizes, widths)) : props.srcSet;
  return <img {...props} srcSet={srcSet} alt={props.alt} className={className} />;
}
