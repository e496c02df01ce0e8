package com.cosell.frontend.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-*} are believed only from the proxies in {@code cosell.trusted-proxies}
 * (addresses or CIDR ranges; none by default): from them Tomcat's RemoteIpValve takes the scheme,
 * host, port and client address — so a session cookie over a TLS proxy is {@code Secure} and HSTS is
 * sent. From anyone else the headers are removed before anything reads them: a client cannot move
 * the OAuth2 redirect URI to its own host, nor switch HSTS on.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final List<String> HEADERS = List.of(
            "X-Forwarded-For",
            "X-Forwarded-Proto",
            "X-Forwarded-Host",
            "X-Forwarded-Port",
            "X-Forwarded-Prefix",
            "X-Forwarded-Ssl",
            "Forwarded");

    private final List<IpAddressMatcher> trusted;

    TrustedProxies(@Value("${cosell.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new Valve());
    }

    boolean trusts(String address) {
        return trusted.stream().anyMatch(m -> m.matches(address));
    }

    /** RemoteIpValve for a trusted proxy's requests; the headers stripped from everyone else's. */
    private final class Valve extends RemoteIpValve {

        Valve() {
            // Whoever passed the check is a proxy; its X-Forwarded-For names the client (set it, not append).
            setInternalProxies(".*");
            setProtocolHeader("X-Forwarded-Proto");
            setHostHeader("X-Forwarded-Host");
            setPortHeader("X-Forwarded-Port");
            setProtocolHeaderHttpsValue("https");
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, jakarta.servlet.ServletException {
            if (trusts(request.getRemoteAddr())) {
                super.invoke(request, response);
            } else {
                HEADERS.forEach(h -> request.getCoyoteRequest().getMimeHeaders().removeHeader(h));
                getNext().invoke(request, response);
            }
        }
    }
}
