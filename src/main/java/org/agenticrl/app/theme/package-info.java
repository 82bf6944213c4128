/**
 * How the window looks: the light and dark themes, the text scale, and the one palette that both the stylesheets
 * (as looked-up colours) and the charts take their colours from.
 */
package org.agenticrl.app.theme;
