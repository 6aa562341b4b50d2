/**
 * The materials page lists each file once: under the topic of the seminar it was first used at, with
 * every seminar that used it (newest first). Documents of a topic come newest use first.
 */
export interface SeminarWithMaterials {
  id: string;
  data: { title: string; topic: string; start: string; end: string; materials: readonly { title: string; file: string; kind: string }[] };
}

export interface MaterialUse {
  seminar: { id: string; title: string; start: string; end: string };
  kind: string;
}

export interface MaterialDocument {
  file: string;
  title: string;
  uses: MaterialUse[];
}

export function materialsByTopic(seminars: readonly SeminarWithMaterials[], topicOrder: readonly string[]) {
  const documents = new Map<string, MaterialDocument & { topic: string }>();
  // Oldest seminar first, so that the first use names the document and its topic.
  for (const s of [...seminars].sort((a, b) => a.data.start.localeCompare(b.data.start))) {
    for (const m of s.data.materials) {
      const doc = documents.get(m.file) ?? { file: m.file, title: m.title, topic: s.data.topic, uses: [] };
      doc.uses.unshift({ seminar: { id: s.id, title: s.data.title, start: s.data.start, end: s.data.end }, kind: m.kind });
      documents.set(m.file, doc);
    }
  }
  const latest = (d: MaterialDocument) => d.uses[0].seminar.start;
  return topicOrder
    .map((topic) => ({
      topic,
      documents: [...documents.values()]
        .filter((d) => d.topic === topic)
        .sort((a, b) => latest(b).localeCompare(latest(a)))
        .map(({ topic: _topic, ...d }) => d),
    }))
    .filter((g) => g.documents.length > 0);
}
