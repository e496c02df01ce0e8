package com.cosell.frontend.metrics;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Vaadin sessions and open UIs (browser tabs) on this instance: what each costs in heap is per session. */
@Component
class VaadinGauges implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinGauges(MeterRegistry registry) {
        Gauge.builder("cosell.ui.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions on this instance")
                .register(registry);
        Gauge.builder("cosell.ui.open", uis, AtomicInteger::get)
                .description("open workspace pages (Vaadin UIs) on this instance")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(d -> uis.decrementAndGet());
        });
    }
}
