/** One thing staff must fix: where, and what to write instead. */
export interface ContentProblem {
  /** Relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the file. */
  line: number;
  /** Japanese; starts with the field (or heading, component, link) it is about. */
  message: string;
}

export interface ContentCounts {
  guides: number;
  seminars: number;
  topics: number;
  instruments: number;
  kpiTargets: number;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  counts: ContentCounts;
}

/**
 * Where each part of a parsed YAML or JSON value was written: the line of a value, and for each key of a
 * mapping the line of the key. Made from the `yaml` AST or from the JSON text, so zod issue paths can be
 * turned into lines the same way for both.
 */
export interface SourceNode {
  line: number;
  entries?: Map<string, { keyLine: number; node: SourceNode }>;
  items?: SourceNode[];
}

/** A problem found in one file, before the file name is attached. */
export interface LineProblem {
  line: number;
  message: string;
}

/** A YAML or JSON text read with positions. */
export interface ParsedSource {
  /** undefined when the text could not be read at all (then `problems` says why). */
  data: unknown;
  tree: SourceNode | null;
  problems: LineProblem[];
}
