package com.cosell.bench.vaadin;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A WebSocket listener handing on each whole text message with the {@code System.nanoTime()} its
 * last part arrived at (a message may come in several parts); errors go to {@code onError}.
 */
final class TimedFrames implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();
    private final BiConsumer<Long, String> onMessage;
    private final Consumer<Throwable> onError;

    TimedFrames(BiConsumer<Long, String> onMessage, Consumer<Throwable> onError) {
        this.onMessage = onMessage;
        this.onError = onError;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            onMessage.accept(now, message);
        }
        ws.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        onError.accept(error);
    }
}
