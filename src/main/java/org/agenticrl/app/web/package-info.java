/**
 * A lesson as one web page that students open in any browser: every chapter's title, caption and view (charts as
 * inline SVG, the rest as a picture), and on chapters that show the token distribution or the loss panel the numbers
 * the page needs to redo the previewed update for any weights. {@link org.agenticrl.app.web.ChapterCapture} takes a
 * presented chapter's view off the screen, {@link org.agenticrl.app.web.LiveNumbers} its numbers off the view models,
 * and {@link org.agenticrl.app.web.LessonPageWriter} writes the page.
 */
package org.agenticrl.app.web;
