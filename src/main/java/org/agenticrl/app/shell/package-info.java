/**
 * The window around the features: menus, tabs, the problem banner and status bar, the keyboard shortcuts, the cheat
 * sheet and export. It places views and forwards commands; it holds no state of its own.
 */
package org.agenticrl.app.shell;
