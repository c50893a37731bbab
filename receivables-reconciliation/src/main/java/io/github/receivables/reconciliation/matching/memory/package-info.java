/** In-memory implementations of the matching ports, for tests, examples and benchmarks. */
package io.github.receivables.reconciliation.matching.memory;
