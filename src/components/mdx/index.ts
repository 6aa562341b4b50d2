// The components staff can use in any guide without importing them.
import Callout from './Callout.astro';
import ComparisonTable from './ComparisonTable.astro';
import Download from './Download.astro';
import Glossary from './Glossary.astro';
import RelatedLinks from './RelatedLinks.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

export const guideComponents = { Callout, ComparisonTable, Download, Glossary, RelatedLinks, Steps, Term };
