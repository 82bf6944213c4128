package org.agenticrl.app.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.agenticrl.app.chart.ChartSvg;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.export.EpisodeDocument;
import org.agenticrl.engine.sweep.SweepCsv;
import org.agenticrl.engine.sweep.SweepPlan;
import org.jfree.chart.fx.ChartViewer;

/**
 * Export for slides and notes: any view or the whole window as a PNG at twice its size, a chart re-drawn at twice
 * its size or as SVG (vector shapes and text), a picture of a view or a chart on the clipboard, the episode as JSON
 * or CSV. Pictures are taken on the FX thread; files are written on the worker and the result is reported in the
 * status line.
 */
public final class ExportActions {
    private static final double SCALE = 2.0;

    private final SessionModel model;
    private final BackgroundWork background;
    private final Supplier<Window> owner;

    public ExportActions(SessionModel model, BackgroundWork background, Supplier<Window> owner) {
        this.model = model;
        this.background = background;
        this.owner = owner;
    }

    /** Asks where, then saves a picture of the node at twice its size. */
    public void exportNode(Node node, String name) {
        choose("Export as PNG", name + ".png", "PNG image", "*.png").ifPresent(path -> writeNode(node, path));
    }

    /** Asks where, then saves the chart re-drawn at twice the size it has on screen. */
    public void exportChart(ChartViewer viewer) {
        choose("Export chart as PNG", viewer.getId() + ".png", "PNG image", "*.png").ifPresent(path -> writeChart(viewer, path));
    }

    /** Asks where, then saves the chart as SVG, at the size it has on screen. */
    public void exportChartSvg(ChartViewer viewer) {
        choose("Export chart as SVG", viewer.getId() + ".svg", "SVG image", "*.svg").ifPresent(path -> writeChartSvg(viewer, path));
    }

    /** Puts a picture of the node at twice its size on the clipboard; call on the FX thread. */
    public void copyNode(Node node, String name) {
        copy(picture(node), name);
    }

    /** Puts the chart, re-drawn at twice the size it has on screen, on the clipboard; call on the FX thread. */
    public void copyChart(ChartViewer viewer) {
        copy(SwingFXUtils.toFXImage(doubledPicture(viewer), null), ChartViewers.title(viewer));
    }

    private void copy(Image picture, String name) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(picture);
        Clipboard.getSystemClipboard().setContent(content);
        model.report(StatusMessage.info("Copied " + name + " to the clipboard as a picture ("
                + (int) picture.getWidth() + " \u00d7 " + (int) picture.getHeight() + " pixels)"));
    }

    /** Asks where, then saves the episode as JSON. */
    public void exportJson() {
        choose("Export episode as JSON", "episode.json", "JSON", "*.json").ifPresent(this::writeJson);
    }

    /** Asks where, then saves the episode as CSV. */
    public void exportCsv() {
        choose("Export episode as CSV", "episode.csv", "CSV", "*.csv").ifPresent(this::writeCsv);
    }

    /** Asks where, then saves the sweep's finished runs as CSV (a row per run); says so when there is nothing yet. */
    public void exportSweepCsv() {
        SweepPlan plan = model.sweep().planProperty().get();
        if (plan == null || model.sweep().cellsProperty().get().isEmpty()) {
            model.report(StatusMessage.error("No sweep to export: run one on the Sweep tab first"));
            return;
        }
        choose("Export sweep as CSV", "sweep.csv", "CSV", "*.csv").ifPresent(this::writeSweepCsv);
    }

    /** Saves the sweep's finished runs as CSV. */
    public void writeSweepCsv(Path path) {
        String csv = SweepCsv.of(model.sweep().planProperty().get(), model.sweep().cellsProperty().get());
        write(path, () -> Files.writeString(path, csv, StandardCharsets.UTF_8));
    }

    private java.util.Optional<Path> choose(String title, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(owner.get());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /** Saves a picture of the node at twice its size; call on the FX thread. */
    public void writeNode(Node node, Path path) {
        BufferedImage picture = SwingFXUtils.fromFXImage(picture(node), null);
        write(path, () -> ImageIO.write(picture, "png", path.toFile()));
    }

    /** The node at twice its size, with every speaker-notes node in it left blank: notes never leave the app. */
    private static WritableImage picture(Node node) {
        List<Node> notes = List.copyOf(node.lookupAll("." + Styles.SPEAKER_NOTES));
        List<Double> opacities = notes.stream().map(Node::getOpacity).toList();
        notes.forEach(hidden -> hidden.setOpacity(0));
        try {
            return node.snapshot(doubled(), null);
        } finally {
            for (int i = 0; i < notes.size(); i++) {
                notes.get(i).setOpacity(opacities.get(i));
            }
        }
    }

    /** Saves the chart drawn at twice the size it has on screen; call on the FX thread. */
    public void writeChart(ChartViewer viewer, Path path) {
        BufferedImage picture = doubledPicture(viewer);
        write(path, () -> ImageIO.write(picture, "png", path.toFile()));
    }

    /**
     * Saves the chart as SVG at the size it has on screen. It is drawn on the FX thread, where its data may change,
     * and written on the worker; call on the FX thread.
     */
    public void writeChartSvg(ChartViewer viewer, Path path) {
        Dimension2D size = shownSize(viewer);
        String svg = ChartSvg.of(viewer.getChart(), size.getWidth(), size.getHeight());
        write(path, () -> Files.writeString(path, svg, StandardCharsets.UTF_8));
    }

    /** The size a chart has on screen, at least 200 x 150 (for a chart on a tab that has not been shown yet). */
    private static Dimension2D shownSize(ChartViewer viewer) {
        return new Dimension2D(Math.max(200, Math.floor(viewer.getWidth())), Math.max(150, Math.floor(viewer.getHeight())));
    }

    private static BufferedImage doubledPicture(ChartViewer viewer) {
        Dimension2D size = shownSize(viewer);
        return viewer.getChart().createBufferedImage((int) (size.getWidth() * SCALE), (int) (size.getHeight() * SCALE),
                size.getWidth(), size.getHeight(), null);
    }

    private static SnapshotParameters doubled() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return parameters;
    }

    /** Saves the current episode as JSON. */
    public void writeJson(Path path) {
        String json = document().toJson();
        write(path, () -> Files.writeString(path, json, StandardCharsets.UTF_8));
    }

    /** Saves the current episode as CSV. */
    public void writeCsv(Path path) {
        String csv = document().toCsv();
        write(path, () -> Files.writeString(path, csv, StandardCharsets.UTF_8));
    }

    private EpisodeDocument document() {
        Trajectory trajectory = model.episode().trajectory();
        return EpisodeDocument.of(trajectory, model.episode().scenario(), trajectory.mode() == EpisodeMode.NOTEBOOK);
    }

    private interface Writing {
        Object write() throws IOException;
    }

    private void write(Path path, Writing writing) {
        background.run(() -> {
            writing.write();
            return path;
        }, saved -> model.report(StatusMessage.info("Saved " + saved)),
                problem -> model.report(StatusMessage.error("Could not save " + path + ": " + reason(problem))));
    }

    private static String reason(Exception problem) {
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }
}
