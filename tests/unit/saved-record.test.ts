import { describe, expect, it } from 'vitest';
import { readSavedRecord, savedObject } from '../../src/lib/saved-record';

describe('readSavedRecord', () => {
  it('returns the record of the expected version', () => {
    expect(readSavedRecord('{"version":1,"a":2}', 1)).toEqual({ version: 1, a: 2 });
  });

  it('refuses anything else', () => {
    expect(readSavedRecord(null, 1)).toBeNull();
    expect(readSavedRecord('', 1)).toBeNull();
    expect(readSavedRecord('{oops', 1)).toBeNull();
    expect(readSavedRecord('{"version":2}', 1)).toBeNull();
    expect(readSavedRecord('[1]', 1)).toBeNull();
    expect(readSavedRecord('null', 1)).toBeNull();
    expect(readSavedRecord('"text"', 1)).toBeNull();
  });
});

describe('savedObject', () => {
  it('passes objects through and turns everything else into an empty object', () => {
    expect(savedObject({ a: 1 })).toEqual({ a: 1 });
    expect(savedObject(null)).toEqual({});
    expect(savedObject('x')).toEqual({});
    expect(savedObject(3)).toEqual({});
  });
});
