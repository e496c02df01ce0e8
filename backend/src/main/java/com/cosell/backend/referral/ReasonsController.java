package com.cosell.backend.referral;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.domain.CloseReason;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reasons for declining a referral and for losing a deal: two lists. Here, beside the lifecycle that
 * owns {@link CloseReason}, so that the catalogue does not depend back on referrals.
 */
@RestController
class ReasonsController {

    private final AccessControl access;

    ReasonsController(AccessControl access) {
        this.access = access;
    }

    @GetMapping("/v1.0/reasons")
    Mono<Map<String, List<String>>> reasons(Caller caller) {
        return access.require(caller, Permission.READ)
                .thenReturn(Map.of("decline", CloseReason.declineNames(), "lost", CloseReason.lostNames()));
    }
}
