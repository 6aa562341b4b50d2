import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Lists every test that used more than half of its time budget. A test that is that close to its
 * timeout on a quiet machine fails on a busy one, so the list is the place to split or re-budget.
 */
export default class BudgetReporter implements Reporter {
  private readonly slow: string[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'passed' && result.duration > test.timeout / 2) {
      this.slow.push(`  ${test.titlePath().slice(1).join(' › ')}: ${(result.duration / 1000).toFixed(1)} s of ${test.timeout / 1000} s`);
    }
  }

  onEnd(_result: FullResult) {
    if (this.slow.length > 0) console.log(`\nTests that used more than half of their time budget:\n${this.slow.join('\n')}`);
  }
}
