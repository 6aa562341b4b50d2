import { describe, expect, it } from 'vitest';
import { materialsByTopic, type SeminarWithMaterials } from '../../src/lib/seminars/materials';

const seminar = (id: string, topic: string, start: string, materials: SeminarWithMaterials['data']['materials']): SeminarWithMaterials => ({
  id,
  data: { title: `セミナー${id}`, topic, start, end: start.replace(/T\d\d/, 'T23'), materials },
});
const leaflet = { title: 'セルフケア入門', file: '/materials/self-care.pdf', kind: '当日資料' };
const sheet = { title: '早見表', file: '/materials/sheet.pdf', kind: '配布資料' };

describe('materialsByTopic: each file once, with the seminars that used it', () => {
  const seminars = [
    seminar('c', 'overwork', '2026-11-06T13:30', [{ ...leaflet, title: '配布資料', kind: '配布資料' }, sheet]),
    seminar('a', 'support', '2026-09-16T18:30', [leaflet]),
    seminar('b', 'overwork', '2026-11-12T13:30', [sheet]),
    seminar('d', 'overwork', '2026-12-01T13:30', []),
  ];
  const groups = materialsByTopic(seminars, ['stress-check', 'overwork', 'support']);

  it('lists a file used at two seminars of different topics once, under the topic of its first use', () => {
    expect(groups.map((g) => [g.topic, g.documents.map((d) => d.file)])).toEqual([
      ['overwork', ['/materials/sheet.pdf']],
      ['support', ['/materials/self-care.pdf']],
    ]);
  });

  it('names a file as at its first use, and lists its seminars newest first with the kind at each', () => {
    const [doc] = groups[1].documents;
    expect(doc.title).toBe('セルフケア入門');
    expect(doc.uses.map((u) => [u.seminar.id, u.seminar.start, u.kind])).toEqual([
      ['c', '2026-11-06T13:30', '配布資料'],
      ['a', '2026-09-16T18:30', '当日資料'],
    ]);
  });

  it('orders the documents of a topic by their newest use, and leaves out topics without any', () => {
    const more = materialsByTopic([...seminars, seminar('e', 'overwork', '2027-01-10T10:00', [{ title: '新しい資料', file: '/materials/new.pdf', kind: '講演資料' }])], ['overwork']);
    expect(more[0].documents.map((d) => d.file)).toEqual(['/materials/new.pdf', '/materials/sheet.pdf']);
    expect(materialsByTopic([], ['overwork'])).toEqual([]);
  });
});
