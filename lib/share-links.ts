/**
 * Links to the platforms' own share pages, so sharing needs no third-party script on the story page: each is a
 * plain link that works without JavaScript. `url` is the story's absolute canonical URL.
 */
export type ShareTarget = 'facebook' | 'x' | 'telegram' | 'whatsapp' | 'email';

export type ShareLink = { target: ShareTarget; href: string };

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { target: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { target: 'x', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { target: 'telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    // WhatsApp takes one text: the title, then the link.
    { target: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    // RFC 6068: encodeURIComponent writes spaces as %20, which mail programs read back as spaces.
    { target: 'email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}
