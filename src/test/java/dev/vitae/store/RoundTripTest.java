package dev.vitae.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.Corpus;
import dev.vitae.model.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RoundTripTest {

    @TempDir
    Path dir;

    static Stream<Path> corpus() {
        return Corpus.files().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusFileSurvivesReadAndWriteAsTheSameDocument(Path file) throws Exception {
        ResumeReader.Result read = ResumeReader.read(file);
        byte[] written = JsonWriter.write(read.document(), read.style());

        String original = Files.readString(file);
        String rewritten = new String(written, StandardCharsets.UTF_8);
        assertEquals(tokens(original), tokens(rewritten), "same keys, order, values and number spellings");

        Document again = ResumeReader.read(written, file).document();
        assertEquals(read.document(), again);
        assertArrayEquals(written, JsonWriter.write(again, read.style()), "a file Vitae wrote re-saves byte-identical");
    }

    /** The same through the store and the disk: load, save to a .json file, load that, save it again. */
    @ParameterizedTest
    @MethodSource("corpus")
    void corpusFileExportsToJsonAsAnEqualDocumentAndResavesByteIdentical(Path file) throws Exception {
        ResumeStore store = new ResumeStore();
        LoadedResume loaded = store.load(file);
        Path exported = dir.resolve(file.getFileName());
        store.saveCopy(exported, loaded.document(), loaded.style());
        assertEquals(tokens(Files.readString(file)), tokens(Files.readString(exported)),
                "same keys, order, values and number spellings");

        LoadedResume reloaded = store.load(exported);
        assertEquals(loaded.document(), reloaded.document());
        assertEquals(ResumeValidator.standard().validate(loaded.document()),
                ResumeValidator.standard().validate(reloaded.document()));
        byte[] first = Files.readAllBytes(exported);
        FileStamp stamp = store.save(exported, reloaded.document(), reloaded.style());
        assertArrayEquals(first, Files.readAllBytes(exported), "a file Vitae wrote re-saves byte-identical");
        assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(exported)));
        assertEquals(reloaded.stamp().sha256(), stamp.sha256());
    }

    /** The token stream with number spellings, which is what "an equal document" means here. */
    static List<String> tokens(String json) throws Exception {
        List<String> out = new ArrayList<>();
        try (var p = new ObjectMapper().getFactory().createParser(json)) {
            while (p.nextToken() != null) {
                out.add(p.currentToken() + ":" + p.getText());
            }
        }
        return out;
    }
}
