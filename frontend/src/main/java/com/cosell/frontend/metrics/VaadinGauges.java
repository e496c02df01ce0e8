package com.cosell.frontend.metrics;

import com.cosell.frontend.events.OrganizationStreams;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Vaadin sessions and open UIs (browser tabs) on this instance: what each costs in heap is per session;
 * and the event streams they hear the backend through, one per organization.
 */
@Component
class VaadinGauges implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinGauges(MeterRegistry registry, OrganizationStreams streams) {
        Gauge.builder("cosell.ui.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions on this instance")
                .register(registry);
        Gauge.builder("cosell.ui.open", uis, AtomicInteger::get)
                .description("open workspace pages (Vaadin UIs) on this instance")
                .register(registry);
        Gauge.builder("cosell.ui.event.streams", streams, OrganizationStreams::connections)
                .description("connections to the backend's event stream: one per organization with sessions here")
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
