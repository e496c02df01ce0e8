package com.cosell.api.referral;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The combinations of status and substatus a referral can be in. */
public enum Stage {
    RECEIVED(Status.New, Substatus.Received),
    ACCEPTED(Status.Active, Substatus.Accepted),
    DECLINED(Status.Closed, Substatus.Declined),
    EXPIRED(Status.Closed, Substatus.Expired),
    WON(Status.Closed, Substatus.Won),
    LOST(Status.Closed, Substatus.Lost);

    private final Status status;
    private final Substatus substatus;

    Stage(Status status, Substatus substatus) {
        this.status = status;
        this.substatus = substatus;
    }

    public Status status() {
        return status;
    }

    public Substatus substatus() {
        return substatus;
    }

    /** Archived stages are final and read-only. */
    public boolean isClosed() {
        return status == Status.Closed;
    }

    public static Optional<Stage> of(Status status, Substatus substatus) {
        return Arrays.stream(values())
                .filter(s -> s.status == status && s.substatus == substatus)
                .findFirst();
    }

    /**
     * The stage a substatus belongs to (each belongs to one): the enum, or its wire name as an event or a
     * history entry carries it.
     */
    public static Optional<Stage> ofSubstatus(@Nullable Object substatus) {
        return Arrays.stream(values())
                .filter(s -> s.substatus == substatus || s.substatus.name().equals(substatus))
                .findFirst();
    }

    @Override
    public String toString() {
        return status + "/" + substatus;
    }
}
