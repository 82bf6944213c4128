/**
 * Lessons: a session with an ordered list of chapters, presented to a room (the caption band, the keys, controls
 * hidden) and written in the app (add this view, edit, reorder, delete). {@link org.agenticrl.app.lesson.LessonModel}
 * holds the lesson and the chapter on screen and shows chapters through the session's view models; the built-in
 * lessons are session files among the resources ({@link org.agenticrl.app.lesson.BuiltInLessons}).
 */
package org.agenticrl.app.lesson;
