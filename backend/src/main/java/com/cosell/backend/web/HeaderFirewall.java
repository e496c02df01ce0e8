package com.cosell.backend.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall, with its header and parameter checks written as loops instead of
 * its regular expressions (which it runs on every header a request reads, the kilobyte-long bearer
 * token among them: 2 % of a single GET's CPU). The rules are Spring's own, code point by code
 * point: a name must be assigned and not a control character; a value may also hold tabs.
 * {@code HeaderFirewallTest} checks them against Spring's expressions.
 */
@Configuration(proxyBeanMethods = false)
class HeaderFirewall {

    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderFirewall::name);
        firewall.setAllowedHeaderValues(HeaderFirewall::value);
        firewall.setAllowedParameterNames(HeaderFirewall::name);
        return firewall;
    }

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}; an absent one passes, as in Spring's. */
    static boolean name(@Nullable String s) {
        return allowed(s, false);
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}; an absent one passes, as in Spring's. */
    static boolean value(@Nullable String s) {
        return allowed(s, true);
    }

    private static boolean allowed(@Nullable String s, boolean tab) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x7f && cp >= 0x20) { // printable ASCII, nearly everything a request holds
                i++;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && cp == '\t'))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
