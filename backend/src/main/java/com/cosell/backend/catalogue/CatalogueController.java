package com.cosell.backend.catalogue;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.catalogue.Solution;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** What the create and answer flows choose from: customers, solutions, partners. */
@RestController
class CatalogueController {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AccessControl access;
    private final CustomerDirectory customers;
    private final SolutionCatalogue solutions;
    private final PartnerDirectory directory;

    CatalogueController(
            AccessControl access,
            CustomerDirectory customers,
            SolutionCatalogue solutions,
            PartnerDirectory directory) {
        this.access = access;
        this.customers = customers;
        this.solutions = solutions;
        this.directory = directory;
    }

    @GetMapping("/v1.0/customers")
    Flux<Customer> customers(
            Caller caller,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String city,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "20") int limit) {
        if (name == null || name.trim().length() < 2 || name.length() > 100) {
            return Flux.error(ApiProblems.badRequest("name: type 2 to 100 characters of the customer's name."));
        }
        if (country != null && !COUNTRIES.contains(country)) {
            return Flux.error(ApiProblems.badRequest("country: an ISO 3166 two-letter code such as KR."));
        }
        if (limit < 1 || limit > 50) {
            return Flux.error(ApiProblems.badRequest("limit: between 1 and 50."));
        }
        return access.require(caller, Permission.READ)
                .thenMany(customers.search(name, blankToNull(city), country, limit));
    }

    @GetMapping("/v1.0/solutions")
    Flux<Solution> solutions(Caller caller) {
        return access.require(caller, Permission.READ)
                .flatMapMany(actor -> solutions.visibleTo(actor.organizationId()));
    }

    /**
     * The co-sell directory: the partners the caller may send a referral to (a partner: the others),
     * with their co-sell-ready solutions; {@code search} matches a partner's or a solution's name.
     */
    @GetMapping("/v1.0/organizations")
    Flux<PartnerDirectory.Entry> partners(Caller caller, @RequestParam(required = false) @Nullable String search) {
        if (search != null && search.length() > 100) {
            return Flux.error(ApiProblems.badRequest("search: at most 100 characters."));
        }
        return access.require(caller, Permission.SEND_REFERRALS)
                .flatMapMany(actor -> directory.partners(actor.organizationId(), search));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
