package org.agenticrl.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.jspecify.annotations.Nullable;

/**
 * What the room sees of a presented chapter, checked: whether what the chapter points at is wholly on screen, whether
 * the caption band covers any of it, and which labelled controls show their text cut (an ellipsis where the text
 * did not fit; not a table cell that previews a long text, {@link Styles#TEXT_PREVIEW}, which is cut by design). The lecturer's check before the hall ({@code lesson --frames}) and the tests' of every built-in chapter.
 *
 * @param index the chapter's number, counting from 1
 * @param focus what the chapter points at ("token calculate("); none for nothing in particular
 * @param focusVisible whether the focus is found and wholly visible (true for a chapter that points at nothing)
 * @param focusCovered whether any of it is under the caption band
 * @param truncated each control whose text is cut: its id (or kind) and its whole text
 */
public record ChapterCheck(int index, String title, @Nullable String focus, boolean focusVisible, boolean focusCovered,
                           List<String> truncated) {
    public ChapterCheck {
        truncated = List.copyOf(truncated);
    }

    /**
     * Checks the chapter on screen now; call after its layout has settled.
     *
     * @param root the window's content
     * @param band the caption band
     */
    public static ChapterCheck of(int index, LessonModel lesson, EvidenceRing ring, Parent root, Node band) {
        Optional<String> focus = lesson.focusProperty().get().map(Object::toString);
        Optional<Bounds> whole = ring.evidence();
        Optional<Bounds> visible = ring.visibleEvidence();
        boolean focusVisible = focus.isEmpty() || (whole.isPresent() && visible.isPresent()
                && EvidenceRing.contains(visible.get(), whole.get()));
        Bounds bandBounds = band.isVisible() ? band.localToScene(band.getLayoutBounds()) : null;
        boolean covered = whole.isPresent() && bandBounds != null
                && Scrolling.intersection(whole.get(), bandBounds) != null;
        return new ChapterCheck(index + 1, lesson.chapterTitleProperty().get(), focus.orElse(null), focusVisible,
                covered, truncated(root));
    }

    /** The shown labelled controls under root whose text is drawn cut, as "#id 'whole text'" (or the kind, without id). */
    public static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getStyleClass().contains(Styles.TEXT_PREVIEW)
                && isCut(labeled)) {
            cut.add((labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName()) + " '"
                    + labeled.getText() + "'");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    /** A labelled control's skin draws its text in a Text child, which holds the ellipsis when the text was cut. */
    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String meant = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        return labeled.getChildrenUnmodifiable().stream().filter(child -> child instanceof Text
                && child != labeled.getGraphic()).map(Text.class::cast).anyMatch(shown -> !meant.equals(shown.getText()));
    }
}
