package dev.vitae.store;

import dev.vitae.model.JsonWords;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.model.DateStyle;
import dev.vitae.model.OutputSettings;
import dev.vitae.model.SectionCatalogue;
import dev.vitae.model.SectionSpec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks Vitae's own settings in {@code meta.vitae}. {@link OutputSettings} ignores a value it cannot use; this
 * says why, so a person learns that {@code "page": "A5"} did nothing.
 */
final class SettingsCheck {

    static final List<String> PAGE_SIZES = List.of("a4", "letter");

    private static final Pattern ACCENT = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final double MAX_MARGIN_MM = 100;
    private static final double MIN_FONT_PT = 5;
    private static final double MAX_FONT_PT = 30;
    private static final String MARGIN_SIDES = "top, right, bottom and left";

    private SettingsCheck() {
    }

    static void check(JsonNode root, Findings findings) {
        JsonNode meta = root.get("meta");
        if (meta == null || !meta.isObject() || !meta.has("vitae")) {
            return;
        }
        JsonNode vitae = meta.get("vitae");
        JsonPointer at = JsonPointer.compile(OutputSettings.POINTER);
        if (!vitae.isObject()) {
            findings.problem(at, "Vitae's settings should be an object ({…}), not " + JsonWords.kindOf(vitae));
            return;
        }
        vitae.fields().forEachRemaining(e -> {
            JsonPointer settingAt = at.appendProperty(e.getKey());
            JsonNode value = e.getValue();
            if (!value.isNull()) {
                setting(e.getKey(), value, settingAt, findings);
            }
        });
    }

    private static void setting(String key, JsonNode value, JsonPointer at, Findings findings) {
        switch (key) {
            case OutputSettings.THEME, OutputSettings.FONT_FAMILY -> text(value, at, findings);
            case OutputSettings.PAGE -> {
                if (text(value, at, findings) && !PAGE_SIZES.contains(value.textValue().strip())) {
                    findings.problem(at, JsonWords.quote(value.textValue()) + " is not a page size Vitae knows (use "
                            + quotedList(PAGE_SIZES) + ")");
                }
            }
            case OutputSettings.ACCENT -> {
                if (text(value, at, findings) && !ACCENT.matcher(value.textValue().strip()).matches()) {
                    findings.problem(at, JsonWords.quote(value.textValue()) + " is not a colour (use #rrggbb, e.g. \"#1f5fa8\")");
                }
            }
            case OutputSettings.DATE_FORMAT -> {
                if (text(value, at, findings) && DateStyle.byId(value.textValue()).isEmpty()) {
                    findings.problem(at, JsonWords.quote(value.textValue()) + " is not a date format (use "
                            + quotedList(Arrays.stream(DateStyle.values()).map(DateStyle::id).toList()) + ")");
                }
            }
            case OutputSettings.LOCALE -> {
                if (text(value, at, findings) && OutputSettings.knownLocale(value.textValue()).isEmpty()) {
                    findings.problem(at, JsonWords.quote(value.textValue()) + " is not a language tag Vitae knows (e.g. \"en\", \"de-CH\", \"ja\")");
                }
            }
            case OutputSettings.FONT_SIZE -> number(value, at, MIN_FONT_PT, MAX_FONT_PT, "pt", findings);
            case OutputSettings.MARGINS -> margins(value, at, findings);
            case OutputSettings.SECTION_ORDER -> sectionOrder(value, at, findings);
            case OutputSettings.HEADINGS -> headings(value, at, findings);
            case OutputSettings.HIDDEN, OutputSettings.NEW_PAGE -> pointers(value, at, findings);
            case OutputSettings.PAGE_NUMBERS -> {
                if (!value.isBoolean()) {
                    findings.problem(at, "should be true or false, not " + JsonWords.kindOf(value));
                }
            }
            case OutputSettings.THEME_OPTIONS -> {
                if (!value.isObject()) {
                    findings.problem(at, "should be an object of theme options ({…}), not " + JsonWords.kindOf(value));
                }
            }
            default -> {
                // a setting from a newer Vitae or a theme: kept as it is, nothing to say about it
            }
        }
    }

    private static boolean text(JsonNode value, JsonPointer at, Findings findings) {
        if (value.isTextual()) {
            return true;
        }
        findings.problem(at, "should be text, not " + JsonWords.kindOf(value));
        return false;
    }

    private static void number(JsonNode value, JsonPointer at, double min, double max, String unit, Findings findings) {
        if (!value.isNumber()) {
            findings.problem(at, "should be a number of " + unit + ", not " + JsonWords.kindOf(value));
        } else if (value.doubleValue() < min || value.doubleValue() > max) {
            findings.problem(at, value.asText() + " " + unit + " is out of range (use " + plain(min) + " to " + plain(max) + " " + unit + ")");
        }
    }

    private static void margins(JsonNode value, JsonPointer at, Findings findings) {
        if (value.isNumber()) {
            number(value, at, 0, MAX_MARGIN_MM, "mm", findings);
            return;
        }
        if (!value.isObject()) {
            findings.problem(at, "should be a number of mm or an object with " + MARGIN_SIDES + ", not " + JsonWords.kindOf(value));
            return;
        }
        List<String> sides = List.of("top", "right", "bottom", "left");
        List<String> missing = sides.stream().filter(side -> !value.has(side)).toList();
        if (!missing.isEmpty()) {
            findings.problem(at, "needs all four sides (" + MARGIN_SIDES + "); missing: " + String.join(", ", missing));
        }
        sides.stream().filter(value::has)
                .forEach(side -> number(value.get(side), at.appendProperty(side), 0, MAX_MARGIN_MM, "mm", findings));
    }

    private static void sectionOrder(JsonNode value, JsonPointer at, Findings findings) {
        if (!value.isArray()) {
            findings.problem(at, "should be a list of section names, not " + JsonWords.kindOf(value));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            JsonPointer itemAt = at.appendIndex(i);
            if (!text(item, itemAt, findings)) {
                continue;
            }
            String key = item.textValue();
            if (SectionCatalogue.find(key).filter(SectionSpec::list).isEmpty()) {
                findings.problem(itemAt, JsonWords.quote(key) + " is not a section (use "
                        + quotedList(SectionCatalogue.defaultOrder()) + ")");
            } else if (!seen.add(key)) {
                findings.problem(itemAt, JsonWords.quote(key) + " is named twice");
            }
        }
    }

    private static void headings(JsonNode value, JsonPointer at, Findings findings) {
        if (!value.isObject()) {
            findings.problem(at, "should be an object of section name to heading, not " + JsonWords.kindOf(value));
            return;
        }
        value.fields().forEachRemaining(e -> {
            JsonPointer headingAt = at.appendProperty(e.getKey());
            if (SectionCatalogue.find(e.getKey()).isEmpty()) {
                findings.problem(headingAt, JsonWords.quote(e.getKey()) + " is not a section");
            } else {
                text(e.getValue(), headingAt, findings);
            }
        });
    }

    /** Hidden sections and entries, and sections on a new page: pointers such as "/references" or "/work/3". */
    private static void pointers(JsonNode value, JsonPointer at, Findings findings) {
        if (!value.isArray()) {
            findings.problem(at, "should be a list of places such as \"/references\" or \"/work/3\", not " + JsonWords.kindOf(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            JsonPointer itemAt = at.appendIndex(i);
            if (text(item, itemAt, findings) && !namesASection(item.textValue())) {
                findings.problem(itemAt, JsonWords.quote(item.textValue())
                        + " is not a place in the résumé (use a section such as \"/references\" or an entry such as \"/work/3\")");
            }
        }
    }

    private static boolean namesASection(String pointer) {
        if (!pointer.startsWith("/")) {
            return false;
        }
        JsonPointer p;
        try {
            p = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return SectionCatalogue.find(p.getMatchingProperty()).isPresent();
    }

    private static String quotedList(List<String> values) {
        return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(", "));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
