package dev.vitae.model;

import java.util.Optional;

/**
 * The checks a single field value gets beyond its JSON type: real dates, plausible emails, usable links. The
 * editor shows them inline as the person types and the validator lists them; both ask here.
 */
public final class FieldCheck {

    private FieldCheck() {
    }

    /** A message for a person when {@code value} is not acceptable for {@code kind}; empty when it is fine. */
    public static Optional<String> problem(FieldKind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (kind) {
            case DATE -> dateProblem(value);
            case EMAIL -> AddressShapes.emailProblem(value);
            case URL -> AddressShapes.linkProblem(value, false);
            case COUNTRY_CODE -> countryProblem(value);
            case IMAGE -> AddressShapes.linkProblem(value, true);
            default -> Optional.empty();
        };
    }

    private static final java.util.Set<String> COUNTRY_CODES = java.util.Set.of(java.util.Locale.getISOCountries());
    /**
     * The ISO 3166-1 codes by their countries' English names in lower case, made when first needed: the check
     * runs at every keystroke in the field, and naming 250 countries each time was wasted.
     */
    private static final Lazy<java.util.Map<String, String>> CODES_BY_NAME = Lazy.of(() -> {
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (String code : COUNTRY_CODES) {
            byName.put(new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH)
                    .toLowerCase(java.util.Locale.ROOT), code);
        }
        return byName;
    });

    /** A country code, or a country's English name with the code to write instead. */
    private static Optional<String> countryProblem(String value) {
        String v = value.strip();
        if (v.length() == 2 && COUNTRY_CODES.contains(v.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<String> code = Optional.ofNullable(CODES_BY_NAME.get().get(v.toLowerCase(java.util.Locale.ROOT)));
        return Optional.of('"' + v + "\" is not a two-letter country code" + code.map(c -> ": write " + c)
                .orElse(" (ISO 3166-1, such as US, DE or IN)"));
    }

    private static Optional<String> dateProblem(String value) {
        if (PartialDate.meansPresent(value)) {
            return Optional.of('"' + value.strip() + "\" is not a date: leave the end date empty (switch on Present)"
                    + " for something still going on");
        }
        try {
            PartialDate.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
