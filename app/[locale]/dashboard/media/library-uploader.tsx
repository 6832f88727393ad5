'use client';

import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { MediaUploader } from '@/components/media-uploader';

/** The library's uploader: the list below shows each new photo as soon as it is stored. */
export function LibraryUploader() {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return (
    <MediaUploader
      onUploaded={() => {
        clearTimeout(pending.current);
        pending.current = setTimeout(() => router.refresh(), 300);
      }}
    />
  );
}
