package com.cosell.backend.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeat      how often an idle stream sends {@code {"type":"heartbeat"}}
 * @param bufferSize     events queued per subscriber; a client that falls further behind is closed (4008)
 * @param pollInterval   safety-net read of the table even without NOTIFY
 * @param settleDelay    re-read after this when committed rows wait for an older transaction to end
 * @param pageSize       rows per read
 * @param reconnectMin   first delay before re-opening the LISTEN connection; doubles up to reconnectMax
 * @param reconnectMax   longest delay between LISTEN reconnection attempts
 * @param maxStreamsPerUser streams one user may have open on one instance; the next handshake is a 429
 */
@ConfigurationProperties("cosell.events")
record EventsProperties(
        @DefaultValue("PT20S") Duration heartbeat,
        @DefaultValue("1000") int bufferSize,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT0.1S") Duration settleDelay,
        @DefaultValue("500") int pageSize,
        @DefaultValue("PT0.1S") Duration reconnectMin,
        @DefaultValue("PT5S") Duration reconnectMax,
        @DefaultValue("50") int maxStreamsPerUser) {}
