package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.Document;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
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
        Letters letters = new Letters();
        letters.count(document.root());
        if (letters.all == 0) {
            return Optional.empty();
        }
        if (letters.kana > 0 && 3 * (letters.kana + letters.han) >= letters.all) {
            return Optional.of(Locale.JAPANESE);
        }
        if (3 * letters.han >= letters.all) {
            return Optional.of(Locale.CHINESE);
        }
        if (3 * letters.arabic >= letters.all) {
            return Optional.of(Locale.forLanguageTag(letters.persian ? "fa" : "ar"));
        }
        if (3 * letters.hebrew >= letters.all) {
            return Optional.of(Locale.forLanguageTag("he"));
        }
        return Optional.empty();
    }

    /** The letters of a document's prose, by the scripts that decide. */
    private static final class Letters {
        int all;
        int kana;
        int han;
        int arabic;
        int hebrew;
        boolean persian;

        void count(JsonNode node) {
            if (node.isTextual()) {
                node.textValue().codePoints().filter(Character::isLetter).forEach(this::letter);
            } else if (node.isObject()) {
                node.fields().forEachRemaining(f -> {
                    if (!SKIPPED.contains(f.getKey())) {
                        count(f.getValue());
                    }
                });
            } else if (node.isArray()) {
                node.forEach(this::count);
            }
        }

        private void letter(int c) {
            all++;
            switch (UnicodeScript.of(c)) {
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case ARABIC -> {
                    arabic++;
                    persian |= PERSIAN_LETTERS.indexOf(c) >= 0;
                }
                case HEBREW -> hebrew++;
                default -> {
                }
            }
        }
    }
}
