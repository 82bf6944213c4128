package org.agenticrl.app.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.export.EpisodeDocument;
import org.agenticrl.engine.sweep.SweepCsv;
import org.agenticrl.engine.sweep.SweepPlan;
import org.jfree.chart.JFreeChart;

/**
 * Export for slides and notes: any view or the whole window as a PNG at twice its size, a chart re-drawn at twice
 * its size, the episode as JSON or CSV. Pictures are taken on the FX thread; files are written on the worker and the
 * result is reported in the status line.
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
    public void exportChart(JFreeChart chart, Node shownIn, String name) {
        choose("Export chart as PNG", name + ".png", "PNG image", "*.png").ifPresent(path -> writeChart(chart, shownIn, path));
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
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = node.snapshot(parameters, null);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        write(path, () -> ImageIO.write(picture, "png", path.toFile()));
    }

    /** Saves the chart drawn at twice the size of the node it is shown in; call on the FX thread. */
    public void writeChart(JFreeChart chart, Node shownIn, Path path) {
        int width = (int) Math.max(200, shownIn.getBoundsInLocal().getWidth());
        int height = (int) Math.max(150, shownIn.getBoundsInLocal().getHeight());
        BufferedImage picture = chart.createBufferedImage((int) (width * SCALE), (int) (height * SCALE), width, height, null);
        write(path, () -> ImageIO.write(picture, "png", path.toFile()));
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
