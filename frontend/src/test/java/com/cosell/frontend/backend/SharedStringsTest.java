package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Referral;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Two sessions reading the same referral hold one copy of its short strings, and their own of long text. */
class SharedStringsTest {

    private static final String NOTE = "x".repeat(SharedStrings.LONGEST_SHARED + 1);
    private static final String JSON = """
            {"id": "00000000-0000-4000-8000-0000000000a1", "name": "Contoso rollout",
             "customerProfile": {"name": "Woodgrove Bank"}, "details": {"currency": "USD", "notes": "%s"}}""".formatted(NOTE);

    private final JsonMapper mapper =
            JsonMapper.builder().addModule(SharedStrings.sharedStringsModule()).build();

    @Test
    void shortStringsAreOneCopyWhoeverReadsThem() {
        Referral mine = mapper.readValue(JSON, Referral.class);
        Referral yours = mapper.readValue(JSON, Referral.class);

        assertThat(mine.name()).isEqualTo("Contoso rollout").isSameAs(yours.name());
        assertThat(mine.customerName()).isSameAs(yours.customerName());
        assertThat(mine.details().currency()).isSameAs(yours.details().currency());
    }

    @Test
    void longTextIsKeptAsRead() {
        Referral mine = mapper.readValue(JSON, Referral.class);
        Referral yours = mapper.readValue(JSON, Referral.class);

        assertThat(mine.details().notes())
                .isEqualTo(NOTE)
                .isNotSameAs(yours.details().notes());
    }

    @Test
    void withoutTheModuleEveryReadIsItsOwnCopy() {
        JsonMapper plain = JsonMapper.builder().build();
        assertThat(plain.readValue(JSON, Referral.class).name())
                .isNotSameAs(plain.readValue(JSON, Referral.class).name());
    }
}
