// The components staff can use in any guide without importing them.
import Callout from './Callout.astro';
import CriteriaItems from './CriteriaItems.astro';
import ComparisonTable from './ComparisonTable.astro';
import Download from './Download.astro';
import Glossary from './Glossary.astro';
import RelatedLinks from './RelatedLinks.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';
import { HelpContacts } from '../../islands/shared/HelpContacts';

export const guideComponents = { Callout, ComparisonTable, CriteriaItems, Download, Glossary, HelpContacts, RelatedLinks, Steps, Term };
