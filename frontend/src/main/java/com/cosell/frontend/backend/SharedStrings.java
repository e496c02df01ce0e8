package com.cosell.frontend.backend;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Short strings read from the backend are the JVM's one copy of their text ({@link String#intern()},
 * whose table lets go of a string nobody holds any more). The colleagues of an organization read the
 * same referrals: 200 sessions with the Inbound list open each held their own copy of every name, id,
 * eTag and currency of its 25 rows, 12 KB a session (bench/vaadin, 2026-11-27). Longer text, such as
 * notes, is kept as read: it is rarely the same twice and would only fill the table. Boot's JSON
 * mapper, which the {@link BackendClient}'s {@code RestClient} reads with, takes the module.
 */
@Configuration(proxyBeanMethods = false)
class SharedStrings {

    /** Characters: a UUID is 36, a name or eTag rarely more. */
    static final int LONGEST_SHARED = 64;

    @Bean
    static JacksonModule sharedStringsModule() {
        return new SimpleModule("shared-strings").addDeserializer(String.class, new Shared());
    }

    static final class Shared extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String read = super.deserialize(p, ctxt);
            return read != null && read.length() <= LONGEST_SHARED ? read.intern() : read;
        }
    }
}
