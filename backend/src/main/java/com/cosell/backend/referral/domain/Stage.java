package com.cosell.backend.referral.domain;

import java.util.Arrays;
import java.util.Optional;

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
        return Arrays.stream(values()).filter(s -> s.status == status && s.substatus == substatus).findFirst();
    }

    @Override
    public String toString() {
        return status + "/" + substatus;
    }
}
