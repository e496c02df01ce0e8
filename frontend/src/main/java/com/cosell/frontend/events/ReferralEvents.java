package com.cosell.frontend.events;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Live changes to the signed-in user's referrals: the one place where the backend's event stream
 * enters the UI. Views subscribe when attached and remove the registration when detached.
 */
public interface ReferralEvents {

    /**
     * {@code onChanges} hears the changes gathered per window ({@code cosell.ui.coalesce-window}: the
     * first after a quiet window at once), on a worker: never on the organization's stream thread,
     * which every session of it shares. It hops onto its UI with {@code ui.access}.
     */
    Registration subscribe(Consumer<List<ReferralChange>> onChanges);
}
