package com.cosell.frontend;

import com.vaadin.flow.spring.SpringServlet;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Init parameters of Vaadin's servlet, where Atmosphere reads its settings (Vaadin sets its own
 * values unless the servlet's parameters name them). Other servlets are left as they are.
 */
final class VaadinServletParameters {

    private VaadinServletParameters() {}

    static BeanPostProcessor of(Map<String, String> parameters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    parameters.forEach(registration::addInitParameter);
                }
                return bean;
            }
        };
    }
}
