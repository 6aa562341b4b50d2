import { describe, expect, it } from 'vitest';
import { downloadLabel, fileFormat, formatFileSize } from '../../src/lib/file-label';

describe('download labels', () => {
  it('writes sizes as Japanese public sites do', () => {
    expect(formatFileSize(1_258_291)).toBe('1.2MB');
    expect(formatFileSize(1024 * 1024)).toBe('1.0MB');
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1024KB');
    expect(formatFileSize(335_363)).toBe('328KB');
    expect(formatFileSize(10)).toBe('1KB');
  });

  it('names the format from the extension', () => {
    expect(fileFormat('/materials/a.PDF')).toBe('PDF');
    expect(fileFormat('/materials/b.xlsx')).toBe('Excel');
    expect(fileFormat('/materials/c.txt')).toBe('TXT');
  });

  it('puts format and size in brackets after the title', () => {
    expect(downloadLabel('当日資料', '/materials/x.pdf', 1_258_291)).toBe('当日資料（PDF：1.2MB）');
  });
});
