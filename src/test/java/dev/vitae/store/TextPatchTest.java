package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.Corpus;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save changes the file's text only where the document changed, in the file's own layout. */
class TextPatchTest {

    private static final String FILE = """
            {
                "basics": {
                    "name": "Ada Lovelace",
                    "profiles": [{"network": "GitHub", "url": "https://github.com/ada"}]
                },
                "skills": [
                    {"name": "Maths", "keywords": ["Analysis", "Engines"]},
                    {
                        "name": "Writing",
                        "level": "Expert"
                    }
                ],
                "x-private": {"kept": true}
            }
            """;

    private static String save(String text, Consumer<ObjectNode> edit) throws ParseError {
        ResumeReader.Result read = ResumeReader.parse(text, null);
        ObjectNode root = read.document().root().deepCopy();
        edit.accept(root);
        Document after = Document.of(root);
        String saved = JsonWriter.toText(after, read.style(), new FileText(read.text(), read.document()));
        assertEquals(root, ResumeReader.parse(saved, null).document().root(), "the saved text holds the new document");
        return saved;
    }

    /** The lines of {@code after} that are not the lines of {@code before} at the same place, from both ends. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        return new ArrayList<>(b.subList(head, b.size() - tail));
    }

    @Test
    void anUnchangedDocumentSavesToTheSameText() throws Exception {
        assertEquals(FILE, save(FILE, root -> { }));
    }

    @Test
    void aChangedValueChangesItsLineOnly() throws Exception {
        String saved = save(FILE, root -> root.with("basics").put("name", "Ada King"));
        assertEquals(List.of("        \"name\": \"Ada King\","), changedLines(FILE, saved));
    }

    @Test
    void aValueInsideAOneLineObjectLeavesItOnOneLine() throws Exception {
        String saved = save(FILE, root -> ((ObjectNode) root.at("/basics/profiles/0")).put("url", "https://github.com/ada-l"));
        assertEquals(List.of("        \"profiles\": [{\"network\": \"GitHub\", \"url\": \"https://github.com/ada-l\"}]"),
                changedLines(FILE, saved));
    }

    @Test
    void aKeywordAddedToAOneLineListKeepsItOnOneLine() throws Exception {
        String saved = save(FILE, root -> ((ArrayNode) root.at("/skills/0/keywords")).add("Programming"));
        assertEquals(List.of("        {\"name\": \"Maths\", \"keywords\": [\"Analysis\", \"Engines\", \"Programming\"]},"),
                changedLines(FILE, saved));
    }

    @Test
    void aFieldAddedToALaidOutObjectGoesBelowTheLastOneAtItsIndentation() throws Exception {
        String saved = save(FILE, root -> ((ObjectNode) root.at("/skills/1")).putArray("keywords").add("Notes").add("Letters"));
        assertEquals(List.of(
                "            \"level\": \"Expert\",",
                "            \"keywords\": [",
                "                \"Notes\",",
                "                \"Letters\"",
                "            ]"), changedLines(FILE, saved));
    }

    @Test
    void layoutSettingsAddedForTheFirstTimeGoAtTheEnd() throws Exception {
        String saved = save(FILE, root -> root.putObject("meta").putObject("vitae").put("theme", "modern"));
        assertEquals(List.of(
                "    \"x-private\": {\"kept\": true},",
                "    \"meta\": {",
                "        \"vitae\": {",
                "            \"theme\": \"modern\"",
                "        }",
                "    }"), changedLines(FILE, saved));
    }

    @Test
    void aRemovedEntryRewritesItsListOnly() throws Exception {
        String saved = save(FILE, root -> root.withArray("/skills").remove(0));
        assertTrue(saved.startsWith(FILE.substring(0, FILE.indexOf("    \"skills\""))), saved);
        assertTrue(saved.endsWith("    \"x-private\": {\"kept\": true}\n}\n"), saved);
    }

    @Test
    void windowsLineEndsAndTabsStay() throws Exception {
        String file = "{\r\n\t\"basics\": {\r\n\t\t\"name\": \"Ada\"\r\n\t}\r\n}\r\n";
        String saved = save(file, root -> root.with("basics").put("label", "Analyst"));
        assertEquals("{\r\n\t\"basics\": {\r\n\t\t\"name\": \"Ada\",\r\n\t\t\"label\": \"Analyst\"\r\n\t}\r\n}\r\n", saved);
    }

    @Test
    void withoutTheFileTextTheDocumentIsWrittenInItsStyle() throws Exception {
        ResumeReader.Result read = ResumeReader.parse(FILE, null);
        assertEquals(JsonWriter.toText(read.document(), read.style()), JsonWriter.toText(read.document(), read.style(), null));
    }

    @Test
    void anEditToAnyCorpusFileChangesOneLine() throws Exception {
        for (Path file : Corpus.files()) {
            String text = ResumeReader.read(file).text();
            String saved = save(text, root -> root.with("basics").put("name", "Renamed Person"));
            List<String> changed = changedLines(text, saved);
            assertEquals(1, changed.size(), file + ": " + changed);
            assertTrue(changed.get(0).contains("\"Renamed Person\""), file + ": " + changed);
        }
    }

    @Test
    void theStoreSavesTheEditOnlyAndReturnsTheTextForTheNextSave(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("resume.json");
        Files.writeString(file, FILE);
        ResumeStore store = new ResumeStore();
        LoadedResume loaded = store.load(file);
        ObjectNode root = loaded.document().root().deepCopy();
        root.with("basics").put("name", "Ada King");
        ResumeStore.Saved saved = store.save(file, Document.of(root), loaded.style(), loaded.text());
        assertEquals(FILE.replace("Ada Lovelace", "Ada King"), Files.readString(file));
        assertEquals(Files.readString(file), saved.text().text());
    }
}
