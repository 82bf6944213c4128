/**
 * The landscape of two training settings: {@link org.agenticrl.app.sweep.SweepModel} runs the engine's sweep (a grid
 * of real training runs on worker threads), delivers its cells once a frame and loads a cell's agent; the Sweep tab
 * draws the cells as a heat map.
 */
package org.agenticrl.app.sweep;
