package com.cosell.backend.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The directory's type-ahead: names starting with what was typed first, in name order; names like it
 * (a typo) only to fill the rest; country and city narrow both; LIKE's wildcards typed are letters.
 * The companies' names begin with a word no other test uses.
 */
class CustomerTypeAheadApiTest extends ApiTestBase {

    static final String WORD = "Qazwik";

    @BeforeEach
    void directory() {
        for (String[] c : List.of(
                new String[] {WORD + " Bank", "KR", "Seoul"},
                new String[] {WORD + " Air", "KR", "Busan"},
                new String[] {WORD + " Bakery", "US", "Seattle"},
                new String[] {"Qazwic Foods", "KR", "Seoul"},
                new String[] {WORD + "_% Labs", "KR", "Seoul"})) {
            db.sql("INSERT INTO customer (id, name, city, country, duns) VALUES (:id, :name, :city, :country, :duns)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("id", UUID.nameUUIDFromBytes(c[0].getBytes()))
                    .bind("name", c[0])
                    .bind("city", c[2])
                    .bind("country", c[1])
                    .bind("duns", String.valueOf(100_000_000 + Math.abs(c[0].hashCode() % 899_999_999)))
                    .then()
                    .block();
        }
    }

    @Test
    void prefixesComeFirstInNameOrderAndLikeNamesFillTheRest() {
        assertThat(names("name=" + WORD.toLowerCase()))
                .startsWith(WORD + " Air", WORD + " Bakery", WORD + " Bank", WORD + "_% Labs")
                .contains("Qazwic Foods"); // not a prefix, but like it: after all the prefixes
        assertThat(names("name=" + WORD + "%20B&limit=2")).containsExactly(WORD + " Bakery", WORD + " Bank");
        assertThat(names("name=Qazwick%20Bank")).first().isEqualTo(WORD + " Bank"); // a typo still finds it
        assertThat(names("name=" + WORD + "&country=KR&city=seoul"))
                .containsExactly(WORD + " Bank", WORD + "_% Labs", "Qazwic Foods");
        assertThat(names("name=" + WORD + "_%25")).first().isEqualTo(WORD + "_% Labs"); // typed, not wildcards
    }

    private List<String> names(String query) {
        JsonNode found = api.read("bob", "/v1.0/customers?" + query);
        return found.valueStream().map(c -> c.get("name").asString()).toList();
    }
}
