package dev.vitae.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import dev.vitae.Corpus;
import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeValidatorTest {

    private static final ResumeValidator VALIDATOR = ResumeValidator.standard();

    private static Document doc(String json) {
        try {
            return ResumeReader.parse(json.replace('\'', '"'), null).document();
        } catch (ParseError e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> problems(String json) {
        return VALIDATOR.validate(doc(json)).stream().map(Problem::describe).toList();
    }

    private static void assertProblems(String json, String... expected) {
        assertEquals(List.of(expected), problems(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "07"})
    void corpusFilesHaveNoProblems(String prefix) throws ParseError {
        assertEquals(List.of(), VALIDATOR.validate(ResumeReader.read(Corpus.file(prefix)).document()));
    }

    @Test
    void aCountryNameWhereTheCodeGoesIsAnsweredWithTheCode() throws ParseError {
        List<String> found = VALIDATOR.validate(ResumeReader.read(Corpus.file("04")).document()).stream()
                .map(Problem::describe).toList();
        assertEquals(List.of("/basics/location/countryCode: \"Venezuela\" is not a two-letter country code: write VE"), found);
        assertProblems("{\"basics\": {\"location\": {\"countryCode\": \"ve\"}}}");
        assertProblems("{\"basics\": {\"location\": {\"countryCode\": \"Atlantis\"}}}",
                "/basics/location/countryCode: \"Atlantis\" is not a two-letter country code (ISO 3166-1, such as US, DE or IN)");
    }

    @Test
    void corpusFileWithRelativePaperLinksIsWarnedAboutThemOnly() throws ParseError {
        List<Problem> found = VALIDATOR.validate(ResumeReader.read(Corpus.file("10")).document());
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(p -> p.pointer().matches("/publications/\\d+/website")
                && p.message().endsWith("is not a web address (start it with https://)")), found.toString());
    }

    @Test
    void anImpossibleMonthIsOneProblemAtItsPlace() {
        assertProblems("{'work': [{'startDate': '2020'}, {'startDate': '2021-01'}, {'name': 'X', 'startDate': '2021-13'}]}",
                "/work/2/startDate: \"2021-13\" is not a date (there is no month 13)");
    }

    @Test
    void aBadlyShapedDateIsReportedOnceNotByTheSchemaAsWell() {
        assertProblems("{'education': [{'endDate': '2021-1'}], 'awards': [{'date': 'June 2020'}]}",
                "/education/0/endDate: \"2021-1\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
                "/awards/0/date: \"June 2020\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void everyDateFieldOfEverySectionIsChecked() {
        List<String> found = problems("{'work': [{'endDate': '2021-02-30'}], 'volunteer': [{'startDate': '2021-02-30'}],"
                + " 'education': [{'startDate': '2021-02-30'}], 'awards': [{'date': '2021-02-30'}],"
                + " 'certificates': [{'date': '2021-02-30'}], 'publications': [{'releaseDate': '2021-02-30'}],"
                + " 'projects': [{'endDate': '2021-02-30'}]}");
        assertEquals(List.of("/work/0/endDate", "/volunteer/0/startDate", "/education/0/startDate", "/awards/0/date",
                "/certificates/0/date", "/publications/0/releaseDate", "/projects/0/endDate"),
                found.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertTrue(found.stream().allMatch(s -> s.endsWith("(February 2021 has no day 30)")), found.toString());
    }

    @Test
    void anEndBeforeTheStartIsAProblemButASharedYearIsNot() {
        assertProblems("{'work': [{'startDate': '2020-05', 'endDate': '2019'}, {'startDate': '2020-05', 'endDate': '2020'},"
                        + " {'startDate': '2020-05-10', 'endDate': '2020-05-02'}, {'startDate': '2020', 'endDate': ''}]}",
                "/work/0/endDate: ends (2019) before it starts (2020-05)",
                "/work/2/endDate: ends (2020-05-02) before it starts (2020-05-10)");
    }

    @Test
    void aSectionOfTheWrongTypeIsOneProblem() {
        assertProblems("{'basics': [], 'work': {}, 'skills': 'Java', 'languages': [{'language': 'Thai'}, 'German']}",
                "/basics: should be an object with fields such as name and email, not a list",
                "/work: should be a list of entries ([…]), not an object",
                "/skills: should be a list of entries ([…]), not text",
                "/languages/1: should be an entry ({…}), not text");
    }

    @Test
    void fieldsOfTheWrongTypeAreNamed() {
        assertProblems("{'basics': {'name': 5, 'location': 'Berlin', 'profiles': [{'network': true}]},"
                        + " 'work': [{'highlights': 'one', 'startDate': 2020}], 'skills': [{'keywords': ['Go', 7]}]}",
                "/basics/name: should be text, not a number",
                "/basics/location: should be an object ({…}), not text",
                "/basics/profiles/0/network: should be text, not true or false",
                "/work/0/highlights: should be a list of text ([\"…\", \"…\"]), not text",
                "/work/0/startDate: should be text, not a number",
                "/skills/0/keywords/1: should be text, not a number");
    }

    @Test
    void nullAndEmptyValuesMeanNotSet() {
        assertProblems("{'basics': {'name': null, 'email': '', 'url': ' ', 'location': null}, 'work': [{'endDate': '', 'url': null}, null],"
                + " 'projects': null, 'skills': [{'keywords': [null]}]}");
    }

    @Test
    void emailAndLinkShapes() {
        assertProblems("{'basics': {'email': 'ada at example.com', 'url': 'https://', 'profiles': ["
                        + "{'url': 'https://github.com/ada'}, {'url': 'github.com/ada'}, {'url': 'mailto:ada@example.com'},"
                        + "{'url': 'javascript:alert(1)'}, {'url': 'ftp://example.com'}, {'url': 'my site'}, {'url': 'ada'}]}}",
                "/basics/email: \"ada at example.com\" is not an email address",
                "/basics/url: \"https://\" is not a web address",
                "/basics/profiles/3/url: \"javascript:alert(1)\" is a javascript: link; Vitae shows only http, https and mailto links",
                "/basics/profiles/4/url: \"ftp://example.com\" is a ftp: link; Vitae shows only http, https and mailto links",
                "/basics/profiles/5/url: \"my site\" is not a web address (it contains a space)",
                "/basics/profiles/6/url: \"ada\" is not a web address (start it with https://)");
    }

    @Test
    void thePhotoMayBeAFileNextToTheResume() {
        assertProblems("{'basics': {'image': 'photo.jpg'}}");
        assertProblems("{'basics': {'image': 'img/me.png'}}");
        assertProblems("{'basics': {'image': 'https://example.com/me.png'}}");
        assertProblems("{'basics': {'image': '../me.png'}}", "/basics/image: \"../me.png\" points outside the résumé's folder");
        assertProblems("{'basics': {'image': '/home/ada/me.png'}}",
                "/basics/image: \"/home/ada/me.png\" is an absolute path; use a web address or a path relative to the résumé's folder");
    }

    @Test
    void legacyFieldNamesAreCheckedLikeTheCurrentOnes() {
        assertProblems("{'basics': {'picture': 'javascript:x', 'website': 'not a url'}, 'work': [{'company': 3}], 'education': [{'gpa': 4}]}",
                "/basics/picture: \"javascript:x\" is a javascript: link; Vitae shows only http, https and mailto links or a file in the résumé's folder",
                "/basics/website: \"not a url\" is not a web address (it contains a space)",
                "/work/0/company: should be text, not a number",
                "/education/0/gpa: should be text, not a number");
    }

    @Test
    void whatOnlyTheSchemaKnowsIsReportedInPlainWords() {
        assertProblems("{'$schema': 5, 'meta': {'canonical': 'not a uri', 'version': 1}}",
                "/$schema: should be text, not a whole number",
                "/meta/canonical: \"not a uri\" is not a web address",
                "/meta/version: should be text, not a whole number");
        assertProblems("{'meta': []}", "/meta: should be an object, not a list");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'page': 'A5'              | /meta/vitae/page: \"A5\" is not a page size Vitae knows (use \"a4\", \"letter\")",
            "'page': 4                 | /meta/vitae/page: should be text, not a number",
            "'dateFormat': 'fancy'     | /meta/vitae/dateFormat: \"fancy\" is not a date format (use \"numeric\", \"short\", \"long\", \"iso\")",
            "'accent': 'red'           | /meta/vitae/accent: \"red\" is not a colour (use #rrggbb, e.g. \"#1f5fa8\")",
            "'accent': '#12345'        | /meta/vitae/accent: \"#12345\" is not a colour (use #rrggbb, e.g. \"#1f5fa8\")",
            "'locale': 'en_US'         | /meta/vitae/locale: \"en_US\" is not a language tag Vitae knows (e.g. \"en\", \"de-CH\", \"ja\")",
            "'locale': 'xx'            | /meta/vitae/locale: \"xx\" is not a language tag Vitae knows (e.g. \"en\", \"de-CH\", \"ja\")",
            "'fontSize': 100           | /meta/vitae/fontSize: 100 pt is out of range (use 5 to 30 pt)",
            "'fontSize': '10pt'        | /meta/vitae/fontSize: should be a number of pt, not text",
            "'margins': -1             | /meta/vitae/margins: -1 mm is out of range (use 0 to 100 mm)",
            "'margins': {'top': 10}    | /meta/vitae/margins: needs all four sides (top, right, bottom and left); missing: right, bottom, left",
            "'margins': 'wide'         | /meta/vitae/margins: should be a number of mm or an object with top, right, bottom and left, not text",
            "'sectionOrder': ['work', 'hobbies'] | /meta/vitae/sectionOrder/1: \"hobbies\" is not a section (use \"work\", \"projects\", \"education\", \"skills\", \"publications\", \"awards\", \"certificates\", \"volunteer\", \"languages\", \"interests\", \"references\")",
            "'sectionOrder': ['work', 'work']    | /meta/vitae/sectionOrder/1: \"work\" is named twice",
            "'headings': {'work': 5}   | /meta/vitae/headings/work: should be text, not a number",
            "'headings': {'a/b': 'X'}  | /meta/vitae/headings/a~1b: \"a/b\" is not a section",
            "'hidden': ['work/1']      | /meta/vitae/hidden/0: \"work/1\" is not a place in the résumé (use a section such as \"/references\" or an entry such as \"/work/3\")",
            "'newPage': '/projects'    | /meta/vitae/newPage: should be a list of places such as \"/references\" or \"/work/3\", not text",
            "'pageNumbers': 'yes'      | /meta/vitae/pageNumbers: should be true or false, not text",
            "'themeOptions': []        | /meta/vitae/themeOptions: should be an object of theme options ({…}), not a list",
    })
    void vitaeSettingsAreChecked(String setting, String expected) {
        assertProblems("{'meta': {'vitae': {" + setting + "}}}", expected);
    }

    @Test
    void goodVitaeSettingsAndUnknownOnesAreFine() {
        assertProblems("{'meta': {'theme': 'elegant', 'vitae': {'theme': 'classic', 'page': 'letter', 'margins': {'top': 10, 'right': 12,"
                + " 'bottom': 10, 'left': 12}, 'fontSize': 10.5, 'accent': '#1F5FA8', 'dateFormat': 'short', 'locale': 'de-CH',"
                + " 'sectionOrder': ['skills', 'work'], 'headings': {'work': 'Experience'}, 'hidden': ['/references', '/work/3'],"
                + " 'newPage': ['/projects'], 'pageNumbers': false, 'themeOptions': {'x': 1}, 'fromTheFuture': 1}}}");
        assertProblems("{'meta': {'vitae': 'a4'}}", "/meta/vitae: Vitae's settings should be an object ({…}), not text");
    }

    @Test
    void problemsComeInTheOrderOfTheFile() {
        List<String> found = problems("{'work': [{'startDate': 'x'}], 'meta': {'canonical': 'not a uri'},"
                + " 'basics': {'email': 'nope'}, 'education': {}}");
        assertEquals(List.of("/work/0/startDate", "/meta/canonical", "/basics/email", "/education"),
                found.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
    }

    @Test
    void aProblemWithTheWholeDocumentHasNoPointerInFront() {
        assertEquals("the file is odd", new Problem("", "the file is odd").describe());
        assertEquals("/a: b", new Problem("/a", "b").toString());
    }

    /**
     * Compiling the schema and validating a file whose {@code $schema} names an unreachable server makes no
     * network connection. Every URL connection consults the default proxy selector first, so a recording
     * selector sees any attempt; it answers with a closed local port, so nothing leaves the machine.
     */
    @Test
    void nothingIsFetchedFromTheNetwork() throws Exception {
        List<URI> attempts = new CopyOnWriteArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 1)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            ResumeValidator fresh = ResumeValidator.compile();
            Document remote = doc("{'$schema': 'http://10.255.255.1/schema/resume.json', '$id': 'http://10.255.255.1/me.json',"
                    + " '$ref': 'http://10.255.255.1/other.json', 'basics': {'name': 'Ada', 'url': 'https://10.255.255.1/'}}");
            assertEquals(List.of(), fresh.validate(remote));
            assertEquals(List.of(), fresh.validate(ResumeReader.read(Corpus.file("07")).document()));
            assertEquals(List.of(), attempts, "no connection attempted");

            // the recorder does see a fetch when one happens
            assertThrows(IOException.class, () -> new URL("http://10.255.255.1/x").openConnection().getInputStream());
            assertEquals(1, attempts.size());
        } finally {
            ProxySelector.setDefault(previous);
        }
    }

    @Test
    void onlyBundledSchemasMayBeLoaded() {
        assertTrue(SchemaCheck.isBundled(AbsoluteIri.of("classpath:/dev/vitae/schema/jsonresume-schema-1.2.1.json")));
        assertTrue(SchemaCheck.isBundled(AbsoluteIri.of("http://json-schema.org/draft-07/schema")));
        assertFalse(SchemaCheck.isBundled(AbsoluteIri.of("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")));
        assertFalse(SchemaCheck.isBundled(AbsoluteIri.of("http://example.com/example.json")));
    }

    @Test
    void validatingDoesNotChangeTheDocument() {
        Document d = doc("{'work': {}, 'basics': {'email': 'x'}}");
        ObjectNode before = d.root().deepCopy();
        VALIDATOR.validate(d);
        assertEquals(before, d.root());
    }
}
