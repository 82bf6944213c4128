/**
 * Small reusable controls and label styles the views are built from: a slider with a number field, drop-downs over the
 * engine's enums, titles, icons, scrolling columns. They bind to what a view model gives them and compute nothing.
 */
package org.agenticrl.app.controls;
