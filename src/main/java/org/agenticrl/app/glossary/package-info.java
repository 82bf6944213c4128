/**
 * The glossary (Help ▸ Glossary): its entries, read from {@code glossary.json} beside these classes, a searchable
 * list of them ({@code GlossaryModel}) and the pane that shows one with its formula. The views that show a term link
 * to its entry through {@code app.controls.GlossaryLinks}, without knowing this package.
 */
package org.agenticrl.app.glossary;
