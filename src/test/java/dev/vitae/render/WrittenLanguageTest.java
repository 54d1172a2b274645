package dev.vitae.render;

import dev.vitae.model.Document;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A résumé whose settings name no language gets the one its letters are in, where the script tells. */
class WrittenLanguageTest {

    private static Optional<String> guess(String json) {
        return WrittenLanguage.of(Rendering.json(json)).map(Locale::getLanguage);
    }

    @Test
    void scriptsThatNameALanguageDecide() {
        assertEquals(Optional.of("ja"), guess("{\"basics\": {\"name\": \"太田 浩一\", \"label\": \"テックリード / Webアプリケーションエンジニア\"}}"));
        assertEquals(Optional.of("zh"), guess("{\"basics\": {\"name\": \"王小明\", \"summary\": \"拥有八年分布式系统开发经验，熟悉 Java 和 Go。\"}}"));
        assertEquals(Optional.of("ar"), guess("{\"basics\": {\"name\": \"ليلى حسن\", \"label\": \"مهندسة برمجيات\"}}"));
        assertEquals(Optional.of("fa"), guess("{\"basics\": {\"name\": \"مریم\", \"label\": \"برنامه‌نویس پایتون و گو\"}}"));
        assertEquals(Optional.of("he"), guess("{\"basics\": {\"name\": \"נועה כהן\", \"label\": \"מהנדסת תוכנה\"}}"));
    }

    @Test
    void latinScriptsAFewForeignWordsAndAddressesDoNot() {
        assertEquals(Optional.empty(), guess("{\"basics\": {\"name\": \"Zoë Castañeda-Lindqvist\", \"label\": \"Ingénieure\"}}"));
        assertEquals(Optional.empty(), guess("{\"basics\": {\"name\": \"Ada Lovelace\", \"summary\": \"I studied 日本語 for a year and read Chinese poetry in translation with friends.\"}}"));
        assertEquals(Optional.empty(), guess("{\"basics\": {\"name\": \"Ada\", \"url\": \"https://例え.jp/テスト/日本語のページ\"}}"));
        assertEquals(Optional.empty(), guess("{}"));
    }

    @Test
    void theRenderUsesItOnlyWhenTheSettingsNameNoLocale() {
        Document japanese = Rendering.corpus("07");
        assertEquals("ja", Rendering.RENDERER.layout(japanese).locale().getLanguage());
        assertEquals("de", Rendering.RENDERER.layout(Rendering.withSettings(japanese, v -> v.put("locale", "de"))).locale().getLanguage());
        assertEquals("en", Rendering.RENDERER.layout(Rendering.sample()).locale().getLanguage());
    }
}
