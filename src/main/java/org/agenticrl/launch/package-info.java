/**
 * How the window's JVM is started with the window's options and its own class archive however the program is
 * started ({@link org.agenticrl.launch.WindowJvm}). The code that runs before the window's JVM starts keeps to what a
 * fresh JVM has loaded already: loops rather than streams and lambdas, {@code String.join} and {@code concat} rather
 * than {@code +} (which the compiler turns into an invokedynamic call whose first use generates classes), and no
 * message digest (which loads the security providers). Measured with {@code -Xlog:class+load}, those first uses
 * delayed the window's JVM by about 150 ms on the 2-core machine of the README's figures.
 */
package org.agenticrl.launch;
