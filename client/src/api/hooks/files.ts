import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { FilePurpose } from '@ketnoi/contract';
import { filesApi } from '../files.js';

/** One upload at a time with its progress (0..1, null when idle). */
export function useUpload(purpose: FilePurpose) {
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => filesApi.upload(file, purpose, setProgress),
    onMutate: () => setProgress(0),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

export function useDeleteFile() {
  return useMutation({ mutationFn: (id: string) => filesApi.remove(id) });
}
