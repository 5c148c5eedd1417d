/**
 * Benchmarks of Assessor, kept out of the product: JMH benchmarks of in-process evaluation
 * ({@link org.assessor.bench.EvaluationBenchmark}) with a CPU-time profiler for a shared machine
 * ({@link org.assessor.bench.CpuTimeProfiler}), a quick CPU-time probe, rule-set build time and
 * heap ({@link org.assessor.bench.RuleSetBuild}), the workloads and a generator of random valid
 * submissions. How to run each and the figures measured are in {@code docs/benchmarks.md}.
 */
package org.assessor.bench;
