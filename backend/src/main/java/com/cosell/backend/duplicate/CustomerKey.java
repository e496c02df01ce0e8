package com.cosell.backend.duplicate;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What tells one customer from another for duplicate detection: its D-U-N-S number, or its name
 * normalised (case, accents, punctuation, legal forms such as "Ltd." or "주식회사" and the filler of
 * company names such as "and Sons" or "Group" left out) with its country: "MacGyver and Sons" is no
 * duplicate of "Bins and Sons" for sharing "and Sons".
 *
 * @param needle the normalised name, empty when none
 */
record CustomerKey(
        String needle, @Nullable String country, @Nullable String duns) {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "llp",
            "plc",
            "corp",
            "corporation",
            "co",
            "company",
            "gmbh",
            "ag",
            "sa",
            "sas",
            "bv",
            "nv",
            "kk",
            "pte",
            "pty",
            "주식회사",
            "유한회사",
            "주",
            // filler: words many company names share, which say nothing of which company it is
            "and",
            "the",
            "of",
            "sons",
            "group");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DUNS = Pattern.compile("[0-9]{9}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    static CustomerKey of(Referral r) {
        CustomerProfile c = r.customerProfile();
        String country = c == null || c.address() == null ? null : c.address().country();
        return new CustomerKey(normalise(r.customerName()), country, c == null ? null : c.duns());
    }

    /** A draft's customer, as the create form has it; 400 with the fields at fault. */
    static CustomerKey draft(@Nullable String name, @Nullable String country, @Nullable String duns) {
        List<FieldError> errors = new ArrayList<>();
        String d = blankToNull(duns);
        String k = blankToNull(country);
        if (d != null && !DUNS.matcher(d).matches()) {
            errors.add(new FieldError("duns", "A D-U-N-S number has 9 digits."));
        }
        if (k != null && !COUNTRY.matcher(k).matches()) {
            errors.add(new FieldError("country", "A two-letter ISO 3166 country code (such as KR or US)."));
        }
        if (name != null && name.length() > 200) {
            errors.add(new FieldError("customerName", "At most 200 characters."));
        }
        String needle = normalise(name == null ? "" : name);
        if (errors.isEmpty() && d == null && (needle.isEmpty() || k == null)) {
            errors.add(new FieldError("customerName", "Give the customer's name and country, or its D-U-N-S number."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return new CustomerKey(needle, k, d);
    }

    /** Whether a name match is possible: a name and a country (the same name elsewhere is another customer). */
    boolean byName() {
        return !needle.isEmpty() && country != null;
    }

    boolean searchable() {
        return byName() || duns != null;
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(plain)) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
