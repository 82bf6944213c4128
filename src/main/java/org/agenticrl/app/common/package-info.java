/**
 * What every feature's view model shares, with no JavaFX scene graph: the runtime the models run on (clocks,
 * background work, the training worker), status messages, number ranges and inputs, the one number formatter, and the
 * bar record the charts draw.
 */
package org.agenticrl.app.common;
