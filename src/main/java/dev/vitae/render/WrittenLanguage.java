package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language a résumé is written in, guessed from its letters when its settings name none: a Japanese résumé
 * gets Japanese headings, dates and title rather than the computer's language. Only a script that names one
 * language Vitae has words for decides (kana, Chinese characters, Arabic, Persian and Hebrew letters), and only
 * when it is at least a third of the letters; a résumé in a Latin script keeps the computer's language.
 */
final class WrittenLanguage {

    /** Addresses and settings are not prose. */
    private static final Set<String> SKIPPED = Set.of("meta", "url", "email", "image", "website", "picture");
    private static final String PERSIAN_LETTERS = "پچژگکی";

    private WrittenLanguage() {
    }

    static Optional<Locale> of(Document document) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        boolean[] persian = {false};
        count(document.root(), letters, persian);
        int all = letters.values().stream().mapToInt(Integer::intValue).sum();
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        int han = letters.getOrDefault(UnicodeScript.HAN, 0);
        int arabic = letters.getOrDefault(UnicodeScript.ARABIC, 0);
        int hebrew = letters.getOrDefault(UnicodeScript.HEBREW, 0);
        if (all == 0) {
            return Optional.empty();
        }
        if (kana > 0 && 3 * (kana + han) >= all) {
            return Optional.of(Locale.JAPANESE);
        }
        if (3 * han >= all) {
            return Optional.of(Locale.CHINESE);
        }
        if (3 * arabic >= all) {
            return Optional.of(Locale.forLanguageTag(persian[0] ? "fa" : "ar"));
        }
        if (3 * hebrew >= all) {
            return Optional.of(Locale.forLanguageTag("he"));
        }
        return Optional.empty();
    }

    private static void count(JsonNode node, Map<UnicodeScript, Integer> letters, boolean[] persian) {
        if (node.isTextual()) {
            node.textValue().codePoints().filter(Character::isLetter).forEach(c -> {
                letters.merge(UnicodeScript.of(c), 1, Integer::sum);
                if (PERSIAN_LETTERS.indexOf(c) >= 0) {
                    persian[0] = true;
                }
            });
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (!SKIPPED.contains(f.getKey())) {
                    count(f.getValue(), letters, persian);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> count(n, letters, persian));
        }
    }
}
