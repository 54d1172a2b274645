package dev.vitae.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemPlaceTest {

    private static final Document DOC = doc("""
            {"basics": {"name": "Ada", "location": {"city": "London"}, "profiles": [{"network": "GitHub"}, {"url": "x"}]},
             "work": [{"company": "Acme", "startDate": "2021-13", "highlights": ["a", "b"]}, {"position": "Dev"}],
             "x-custom": {"a": 1}}""");

    private static Document doc(String json) {
        try {
            return Document.of((ObjectNode) JsonTree.read(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pointersReadAsTheFormsName() {
        assertEquals("Work › Acme › Start", ProblemPlace.describe("/work/0/startDate", DOC));
        assertEquals("Work › Acme › Highlights › 2", ProblemPlace.describe("/work/0/highlights/1", DOC));
        assertEquals("Work › entry 2 › Position", ProblemPlace.describe("/work/1/position", DOC), "no employer: its number");
        assertEquals("Basics › Location › City", ProblemPlace.describe("/basics/location/city", DOC));
        assertEquals("Basics › Profiles › 2 › URL", ProblemPlace.describe("/basics/profiles/1/url", DOC));
        assertEquals("Basics › Photo", ProblemPlace.describe("/basics/image", DOC));
    }

    @Test
    void whatTheCatalogueDoesNotKnowStaysAsWritten() {
        assertEquals("/x-custom/a", ProblemPlace.describe("/x-custom/a", DOC));
        assertEquals("Work › Acme › x-note", ProblemPlace.describe("/work/0/x-note", DOC));
        assertEquals("", ProblemPlace.describe("", DOC));
    }
}
