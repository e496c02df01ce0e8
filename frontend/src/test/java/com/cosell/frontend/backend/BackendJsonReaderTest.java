package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.support.FrontendTestInitializer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

/**
 * The JSON reader of the backend client's {@code RestClient} (Boot's, as application.yaml sets it up):
 * it shares short strings, and reads what a newer backend may send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class BackendJsonReaderTest {

    @Autowired
    RestClient.Builder builder;

    @Test
    void theBackendClientsJsonReaderSharesShortStrings() {
        JacksonJsonHttpMessageConverter json = reader();

        String once = json.getMapper().readValue("\"Woodgrove Bank\"", String.class);
        String again = json.getMapper().readValue("\"Woodgrove Bank\"", String.class);
        assertThat(again).isSameAs(once);
    }

    /** A stage or type added to a newer backend (a rolling upgrade) is unknown here, not a failed page. */
    @Test
    void aValueThisVersionDoesNotKnowReadsAsUnknown() {
        Referral r = reader().getMapper().readValue("""
                        {"id": "00000000-0000-4000-8000-0000000000a1", "name": "Deal", "status": "Active",
                         "substatus": "Escalated", "type": "Joint", "details": {"dealValue": 5, "currency": "USD"}}""", Referral.class);

        assertThat(r.name()).isEqualTo("Deal");
        assertThat(r.substatus()).isNull();
        assertThat(r.type()).isNull();
        assertThat(r.stage()).isNull();
        assertThat(r.details().dealValue()).isEqualByComparingTo("5");
    }

    private JacksonJsonHttpMessageConverter reader() {
        List<HttpMessageConverter<?>> converters = new ArrayList<>();
        builder.clone()
                .configureMessageConverters(c -> c.configureMessageConvertersList(converters::addAll))
                .build();
        return converters.stream()
                .filter(JacksonJsonHttpMessageConverter.class::isInstance)
                .map(JacksonJsonHttpMessageConverter.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
