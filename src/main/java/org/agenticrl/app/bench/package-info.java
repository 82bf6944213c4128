/**
 * Measurements of the real window: {@link org.agenticrl.app.bench.LatencyBenchmark} times how long an input takes to
 * reach the screen. Started from the command line ({@code bench-ui}); nothing in the app depends on it.
 * {@link org.agenticrl.app.bench.BareWindow} is the yardstick of {@code packaging/bench-startup.sh}: a JavaFX window
 * with one label, whose start-up the app's is compared with.
 */
package org.agenticrl.app.bench;
