/**
 * Measurements of the real window: {@link org.agenticrl.app.bench.LatencyBenchmark} times how long an input takes to
 * reach the screen. Started from the command line ({@code bench-ui}); nothing in the app depends on it.
 */
package org.agenticrl.app.bench;
