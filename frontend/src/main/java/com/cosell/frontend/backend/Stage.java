package com.cosell.frontend.backend;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a referral stands: the status/substatus pairs the lifecycle allows. */
public enum Stage {
    RECEIVED("New", "Received"),
    ACCEPTED("Active", "Accepted"),
    WON("Closed", "Won"),
    LOST("Closed", "Lost"),
    DECLINED("Closed", "Declined"),
    EXPIRED("Closed", "Expired");

    private final String status;
    private final String substatus;

    Stage(String status, String substatus) {
        this.status = status;
        this.substatus = substatus;
    }

    public String status() {
        return status;
    }

    public String substatus() {
        return substatus;
    }

    /** Won, Lost, Declined and Expired are archived: final and read-only. */
    public boolean isArchived() {
        return "Closed".equals(status);
    }

    /** The translation key of the stage's name, as every page shows it. */
    public String labelKey() {
        return "stage." + name();
    }

    /** The stage a substatus names (each substatus belongs to one stage). */
    public static Optional<Stage> ofSubstatus(@Nullable Object substatus) {
        return Arrays.stream(values()).filter(s -> s.substatus.equals(substatus)).findFirst();
    }

    public static Optional<Stage> of(@Nullable String status, @Nullable String substatus) {
        return Arrays.stream(values()).filter(s -> s.status.equals(status) && s.substatus.equals(substatus))
                .findFirst();
    }
}
