package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The JSON reader of the backend client's {@code RestClient} (Boot's) shares short strings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class SharedStringsWiringTest {

    @Autowired
    RestClient.Builder builder;

    @Test
    void theBackendClientsJsonReaderSharesShortStrings() {
        List<HttpMessageConverter<?>> converters = new ArrayList<>();
        builder.clone()
                .configureMessageConverters(c -> c.configureMessageConvertersList(converters::addAll))
                .build();
        JacksonJsonHttpMessageConverter json = converters.stream()
                .filter(JacksonJsonHttpMessageConverter.class::isInstance)
                .map(JacksonJsonHttpMessageConverter.class::cast)
                .findFirst()
                .orElseThrow();

        String once = json.getMapper().readValue("\"Woodgrove Bank\"", String.class);
        String again = json.getMapper().readValue("\"Woodgrove Bank\"", String.class);
        assertThat(again).isSameAs(once);
    }
}
