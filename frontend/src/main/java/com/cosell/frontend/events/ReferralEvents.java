package com.cosell.frontend.events;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Live changes to the signed-in user's referrals: the one place where the backend's event stream
 * enters the UI. Views subscribe when attached and remove the registration when detached.
 * Listeners are called on the delivering thread, so views hop onto their UI with {@code ui.access}.
 */
public interface ReferralEvents {

    Registration subscribe(Consumer<ReferralChange> listener);
}
