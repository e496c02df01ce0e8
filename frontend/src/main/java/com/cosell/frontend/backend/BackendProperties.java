package com.cosell.frontend.backend;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the backend API is, and how long to wait for it. */
@ConfigurationProperties("cosell.backend")
public record BackendProperties(
        URI url, @DefaultValue("15s") Duration timeout) {}
