/**
 * How Japanese public sites label a download link: the format and the size in brackets,
 * 「当日資料（PDF：1.2MB）」. Sizes under 1MB are shown in whole KB (at least 1KB).
 */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
  return `${Math.max(1, Math.round(bytes / 1024))}KB`;
}

export function fileFormat(path: string): string {
  const ext = path.split('?')[0].split('.').pop()?.toLowerCase() ?? '';
  const names: Record<string, string> = { pdf: 'PDF', xlsx: 'Excel', xls: 'Excel', docx: 'Word', doc: 'Word', pptx: 'PowerPoint', csv: 'CSV', zip: 'ZIP' };
  return names[ext] ?? ext.toUpperCase();
}

export function downloadLabel(title: string, path: string, bytes: number): string {
  return `${title}（${fileFormat(path)}：${formatFileSize(bytes)}）`;
}
