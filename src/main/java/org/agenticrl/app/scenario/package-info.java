/**
 * Choosing the world: the built-in scenarios and the files opened lately.
 */
package org.agenticrl.app.scenario;
