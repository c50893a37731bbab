/** JMH benchmarks of the SDK; see docs/benchmarks.md for the commands and figures. */
package io.github.receivables.benchmarks;
