package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;
import com.cosell.backend.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Recent contacts of the caller's organization, offered for quick add in the create flow. */
@RestController
class ContactsController {

    private final ReferralService referrals;

    ContactsController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/v1.0/contacts/recent")
    Flux<Referral.Member> recent(Caller caller) {
        return referrals.recentContacts(caller);
    }
}
