package com.cosell.frontend.events;

/** A signed-in session that hears its organization's events through the instance's shared stream. */
public interface StreamMember {

    /**
     * A fresh access token of the member, for the shared stream to (re)connect with.
     *
     * @throws RuntimeException when the member cannot give one now; the stream asks another member
     */
    String token();

    /**
     * Whether the backend still lets the member read the organization's events: its session can get
     * a token, and it still has a Co-sell role in that organization. Asked again as often as the
     * member's own stream would have reconnected; false drops the member from the stream.
     */
    boolean stillAllowed(String organizationId);

    /**
     * One message, in the stream's order. A {@link ReferralChange} comes on the stream's own thread,
     * which every member of the organization shares: hand it on without waiting ({@link ReferralEvents}).
     * Anything else comes on a worker of the member's own and may wait for the backend.
     */
    void deliver(LiveMessage message);
}
