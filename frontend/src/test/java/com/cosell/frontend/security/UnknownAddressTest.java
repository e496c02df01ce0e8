package com.cosell.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.support.FrontendTestInitializer;
import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ContextConfiguration;

/** The security filter chain as configured, for addresses that are no route of the app. */
@SpringBootTest
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class UnknownAddressTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @Test
    void signedInAnUnknownAddressReachesTheAppsNotFoundPageInsteadOfABare403() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "bob", null, List.of(new SimpleGrantedAuthority("ROLE_USER")))));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/no/such/page");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain app = new MockFilterChain();

        security.doFilter(request, response, app);

        assertThat(response.getStatus()).isNotEqualTo(403);
        assertThat(app.getRequest())
                .as("passed on to Vaadin, whose not-found view answers")
                .isNotNull();
    }
}
