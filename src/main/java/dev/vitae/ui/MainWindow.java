package dev.vitae.ui;

import dev.vitae.model.Document;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;
import dev.vitae.store.FileStamp;
import dev.vitae.store.LoadedResume;
import dev.vitae.store.PageSnapshots;
import dev.vitae.store.Problem;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The main window: sections on the left, the selected section's form in the middle, the preview on the
 * right, menus on top and a status bar below. It wires views to the session and the controllers; the logic
 * lives in those.
 */
public final class MainWindow {

    /** How long closing waits for a kept page still being written: a slow disk must not hold the window open. */
    private static final Duration KEEPING_AT_EXIT = Duration.ofSeconds(2);

    private final Stage stage;
    private final AppServices services;
    private final EditorSession session = new EditorSession(Document.empty());
    private final DocumentController documents;
    private final Exporter exporter;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final LatestWins<List<Problem>> validations = new LatestWins<>("vitae-validate");
    private final PreviewFeed previews;
    private final SectionList sections;
    private final PreviewPane preview = new PreviewPane();
    /** Built when first shown: a property sheet the window does not show at start costs start-up time. */
    private SettingsPane settings;
    private final BorderPane editorHost = new BorderPane();
    private final Label editorTitle = new Label();
    private final SplitPane split;
    private final StatusBar status = new StatusBar();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private List<Problem> validationProblems = List.of();
    private List<Problem> renderWarnings = List.of();
    private final ProblemsButton problemsButton;
    private SectionEditor editor;
    /** Whether the preview scrolls to what the form shows; not while the form follows a click on the preview. */
    private boolean followingForm = true;
    private boolean firstPreviewShown;
    /** While the first frame shows a kept page, renders wait for it (issue 7). */
    private boolean previewsHeld;
    /**
     * No section form is built until {@link #start} says when (issue 7): a start that shows a kept page draws its
     * first frame without the form, which follows in the next one. The Basics form is about 0.3 s of such a start
     * on two cores, most of what the window does before it can show the page.
     */
    private boolean formHeld = true;
    private final PreviewKeeper keeper;
    /** Issue 4 (never lose work): recovery copies, changes by other programs, saved versions. */
    private final SafetyNet safetyNet;

    public MainWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.services = services;
        FilePrompts prompts = services.prompts() != null ? services.prompts() : new NativeFilePrompts(stage);
        Dialogs dialogs = new Dialogs(stage);
        documents = new DocumentController(session, services.store(), services.prefs(), prompts, dialogs, this::notifyUser);
        exporter = new Exporter(services.renderer(), services.prefs(), prompts, dialogs, services.host(), this::notifyUser, tasks);
        previews = new PreviewFeed(new RendererPageSource(services.renderer()), preview, this::previewShown);
        keeper = new PreviewKeeper(services.renderer(), PageSnapshots.in(services.folders()));
        sections = new SectionList(session, doc -> services.renderer().get().layout(doc).sections(), this::showSection);
        problemsButton = new ProblemsButton(problems, session::current, this::goTo);

        editorTitle.getStyleClass().add("editor-title");
        editorTitle.setId("editor-title");
        editorTitle.setPadding(new Insets(10, 12, 6, 12));
        editorHost.setTop(editorTitle);
        editorHost.setId("editor");
        VBox left = new VBox(sections.view());
        left.getStyleClass().add("sidebar");
        javafx.scene.layout.VBox.setVgrow(sections.view(), javafx.scene.layout.Priority.ALWAYS);
        split = new SplitPane(left, editorHost, preview.node());
        split.setId("main-split");
        SplitPane.setResizableWithParent(left, false);

        AppMenus menus = new AppMenus(this);
        BorderPane root = new BorderPane(split);
        root.setTop(menus.bar());
        root.setBottom(status);
        root.getStyleClass().add("main-window");
        setUpStatusBar();

        Scene scene = new Scene(root);
        menus.installShortcuts(scene);
        UiTheme.apply(scene, UiTheme.chosen(services.prefs()));
        scene.setOnDragOver(this::onDragOver);
        scene.setOnDragDropped(this::onDragDropped);
        stage.setScene(scene);
        WindowGeometry.restore(stage, split, services.prefs());
        // however the window goes, a page being kept for the next start is written first
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> keeper.finish(KEEPING_AT_EXIT));
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });

        session.documentProperty().addListener((obs, old, doc) -> onDocumentChanged(doc));
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, documents.fileProperty(), session.dirtyProperty()));
        // the first render starts now, at the resolution of the last session; the pane asks again once laid out
        preview.expectDpi(PreviewPane.expectedDpi(services.prefs()));
        preview.wantedDpiProperty().addListener((obs, old, dpi) -> requestPreview());
        preview.setOnPartClicked(pointer -> {
            // the part clicked is in view already; the entry the form opens with may not be
            followingForm = false;
            try {
                goTo(pointer);
            } finally {
                followingForm = true;
            }
        });
        stage.renderScaleXProperty().addListener((obs, old, scale) -> preview.outputScaleProperty().set(scale.doubleValue()));
        preview.outputScaleProperty().set(stage.getRenderScaleX());
        showBasics();
        // The session's empty document is not previewed: start() opens the real one straight after, and its
        // render would wait for the empty one (issue 7: the two came out even, timed to the file's own pages).
        refreshViews(session.current());
        safetyNet = new SafetyNet(stage, session, documents, services, this::notifyUser);
    }

    private String title() {
        return (session.isDirty() ? "*" : "") + documents.documentName() + " — Vitae";
    }

    /** Opens a file, or starts from {@code fallback} as an untitled document when there is none (blank when it cannot be read). */
    public void start(Path file, Document fallback) {
        start(file, fallback, null, null);
    }

    /**
     * Opens a file, or starts from {@code fallback}. {@code read} is the file as already read, which is opened
     * without reading it again; with {@code kept}, its first page as last shown, the first frame shows that page
     * and the real render is asked for after that frame. Call before {@link #show}.
     */
    void start(Path file, Document fallback, LoadedResume read, KeptPreview kept) {
        if (read == null) {
            if (file == null) {
                documents.startUntitled(fallback);
            } else if (!documents.load(file)) {
                // after the message about the file, someone else's résumé would look like what became of it
                documents.startUntitled(Samples.blank());
            }
            showForm();
            return;
        }
        previewsHeld = kept != null;
        documents.adopt(read);
        if (kept == null) {
            showForm();
            return;
        }
        preview.show(new LatestWins.Outcome<>(0, kept.pages(), null));
        StartupProbe.previewShown(stage.getScene(), () -> { });
        // the form first, and the render once the form is on screen: it would compete with the form for the two
        // cores, and it only draws again the page already shown
        NextPulse.afterFrame(stage.getScene(), () -> {
            showForm();
            NextPulse.afterFrame(stage.getScene(), this::releasePreviews);
        });
    }

    private void releasePreviews() {
        previewsHeld = false;
        requestPreview();
    }

    private void showForm() {
        formHeld = false;
        showSection(sections.selected());
    }

    public void show() {
        stage.show();
    }

    private void onDocumentChanged(Document document) {
        refreshViews(document);
        requestPreview();
        if (firstPreviewShown) {
            validate(document);
        }
    }

    private void refreshViews(Document document) {
        sections.refresh(document);
        if (editor != null) {
            editor.refresh(document);
        }
        if (settings != null) {
            settings.refresh(document);
        }
        updateEditorTitle(document);
    }

    /** issue 4: an unusable photo and broken user themes are listed with the other problems. */
    private void validate(Document document) {
        validations.submit(RenderProblems.check(documents, services.renderer(), document), outcome -> {
            if (!outcome.failed()) {
                validationProblems = outcome.value();
                publishProblems();
            }
        });
    }

    private void requestPreview() {
        if (previewsHeld) {
            return;
        }
        double dpi = preview.wantedDpiProperty().get();
        if (dpi > 0) {
            previews.request(session.current(), documents.baseDir(), dpi);
        }
    }

    private void previewShown(LatestWins.Outcome<PreviewPages> outcome) {
        if (!firstPreviewShown) {
            // the first check waits for the first preview, so that on two cores they do not slow each other down
            firstPreviewShown = true;
            validate(session.current());
            // issue 7: decoding and converting eight icon sizes held up the first preview; they can come a frame later
            NextPulse.afterFrame(stage.getScene(), () -> WindowIcon.apply(stage));
        }
        if (!outcome.failed()) {
            renderWarnings = outcome.value().warnings().stream().map(w -> new Problem("", w)).toList();
            publishProblems();
            // only pages of what the file holds: those are what the next start opens
            FileStamp saved = documents.stamp();
            if (previews.shownDocument() == session.current() && !session.isDirty() && saved != null) {
                keeper.keep(session.current(), documents.baseDir(), saved.sha256(), outcome.value());
            }
            StartupProbe.previewShown(stage.getScene(), () -> keeper.finish(KEEPING_AT_EXIT));
        }
    }

    /** The validator's problems and the renderer's warnings (characters no font can show) in one list. */
    private void publishProblems() {
        List<Problem> all = new java.util.ArrayList<>(renderWarnings);
        all.addAll(validationProblems);
        if (!all.equals(problems)) {
            problems.setAll(all);
        }
        markProblems();
    }

    void showBasics() {
        sections.select(SectionCatalogue.BASICS.key());
    }

    private void showSection(String key) {
        session.endTyping();
        if (formHeld) {
            updateEditorTitle(session.current());
            return;
        }
        if (key.equals(SectionList.SETTINGS)) {
            editor = null;
            if (settings == null) {
                settings = new SettingsPane(session, services.renderer());
            }
            ScrollPane scroll = new ScrollPane(settings.node());
            scroll.setFitToWidth(true);
            editorHost.setCenter(scroll);
        } else if (key.equals(SectionCatalogue.BASICS.key())) {
            editor = new BasicsEditor(session);
            editorHost.setCenter(editor.node());
        } else {
            SectionSpec spec = SectionCatalogue.find(key).orElseThrow();
            editor = new ListSectionEditor(session, spec, this::entryShown);
            editorHost.setCenter(editor.node());
        }
        updateEditorTitle(session.current());
        entryShown();
    }

    /** The form shows another section or entry: its problems are marked, and the preview shows where it is. */
    private void entryShown() {
        markProblems();
        if (editor != null && followingForm) {
            String entry = editor.entryPointer();
            preview.reveal(entry != null ? entry : "/" + editor.sectionKey());
        }
    }

    private void markProblems() {
        if (editor != null) {
            ProblemMarks.apply(editorHost, editor.entryPointer(), problems);
        }
    }

    private void updateEditorTitle(Document document) {
        String key = sections.selected();
        if (key == null) {
            return;
        }
        if (key.equals(SectionList.SETTINGS)) {
            editorTitle.setText("Layout & style");
        } else {
            String label = SectionCatalogue.find(key).map(SectionSpec::label).orElse(key);
            editorTitle.setText(document.settings().heading(key, label));
        }
    }

    /** Shows the section and entry a problem points at. */
    private void goTo(Problem problem) {
        goTo(problem.pointer());
    }

    /**
     * Shows the section and entry of a JSON pointer into the résumé, with the cursor in the field it names if the
     * form has one; Vitae's own settings ({@code /meta/vitae/…}) are under Layout & style. A pointer into a part no
     * form shows changes nothing.
     */
    private void goTo(String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length < 2) {
            return;
        }
        boolean setting = parts[1].equals("meta") && parts.length > 2 && parts[2].equals("vitae");
        if (!sections.select(setting ? SectionList.SETTINGS : parts[1])) {
            return;
        }
        if (editor instanceof ListSectionEditor list && parts.length > 2) {
            try {
                list.select(Integer.parseInt(parts[2]));
            } catch (NumberFormatException e) {
                // a pointer into something that is not a list entry: the section is as close as we get
            }
        }
        // the controls are made with their panes' skins: lay the form out to find the one the pointer names
        editorHost.applyCss();
        editorHost.layout();
        Node control = setting ? (parts.length > 3 ? editorHost.lookup("#setting-" + parts[3]) : null)
                : editor == null ? null : ProblemMarks.control(editorHost, editor.entryPointer(), pointer);
        if (control != null) {
            control.requestFocus();
        }
    }

    private void setUpStatusBar() {
        status.setId("status-bar");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String task = tasks.messageProperty().get();
            if (task != null && !task.isEmpty()) {
                return task;
            }
            if (documents.file() == null) {
                return session.isDirty() ? "Not saved yet" : "Untitled";
            }
            return session.isDirty() ? "Edited" : "Saved";
        }, session.dirtyProperty(), documents.fileProperty(), tasks.messageProperty()));
        Label pages = new Label();
        pages.setId("status-pages");
        pages.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = preview.pageCountProperty().get();
            return n == 0 ? "" : n + (n == 1 ? " page" : " pages");
        }, preview.pageCountProperty()));
        HBox right = new HBox(12, problemsButton.node(), pages);
        right.setAlignment(Pos.CENTER_RIGHT);
        status.getRightItems().add(right);
        javafx.scene.control.Button cancel = Icons.labelled("task-cancel", "mdi2c-close-circle-outline", "Cancel");
        cancel.visibleProperty().bind(tasks.runningProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancelRunning());
        status.getLeftItems().add(cancel);
    }

    private void notifyUser(String message) {
        if (stage.isShowing()) {
            // the window's own icon set, not ControlsFX's glossy information bitmap
            javafx.scene.Node icon = Icons.of("mdi2c-check-circle-outline");
            icon.getStyleClass().add("notice-icon");
            Notifications.create().owner(stage).text(message).graphic(icon).hideAfter(javafx.util.Duration.seconds(3)).show();
        }
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && jsonFile(e.getDragboard().getFiles()) != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        File file = jsonFile(e.getDragboard().getFiles());
        boolean done = file != null;
        e.setDropCompleted(done);
        e.consume();
        if (done) {
            // open after the drop completes, so a "save changes?" prompt does not block the drag source
            Platform.runLater(() -> documents.open(file.toPath()));
        }
    }

    static File jsonFile(List<File> files) {
        return files == null ? null : files.stream()
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json"))
                .findFirst().orElse(null);
    }

    /** Closes the window after asking about unsaved changes; false when the person cancelled. */
    boolean close() {
        if (!documents.confirmLeave()) {
            return false;
        }
        WindowGeometry.remember(stage, split, services.prefs());
        preview.rememberDpi(services.prefs());
        services.prefs().saveQuietly();
        previews.close();
        validations.close();
        tasks.close();
        stage.close();
        return true;
    }

    // what the menus act on

    EditorSession session() {
        return session;
    }

    DocumentController documents() {
        return documents;
    }

    Exporter exporter() {
        return exporter;
    }

    PreviewPane preview() {
        return preview;
    }

    Stage stage() {
        return stage;
    }

    AppServices services() {
        return services;
    }

    SafetyNet safetyNet() {
        return safetyNet;
    }

    SectionList sections() {
        return sections;
    }

    /** Whether the pane shows pages rendered of the current document, and no render is waiting; for tests. */
    boolean previewRendered() {
        return previews.shownDocument() == session.current() && !previews.isBusy();
    }

    /** Whether the preview or validation is still working; for tests. */
    public boolean isBusy() {
        return previews.isBusy() || validations.isBusy();
    }

    void export(Exporter.Format format) {
        session.endTyping();
        exporter.export(format, session.current(), documents.baseDir(), documents.documentName());
    }

    Node root() {
        return stage.getScene().getRoot();
    }
}
