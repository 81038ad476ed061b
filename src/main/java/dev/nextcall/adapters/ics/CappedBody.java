package dev.nextcall.adapters.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap and stops the download as soon as it goes beyond:
 * a server that sends a huge file (or an endless stream) must not fill the rep's memory. A declared
 * Content-Length above the cap is refused before a byte is read.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than the cap; the download was stopped. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long count;

    /**
     * @param declaredLength the Content-Length the server announced, or -1 when it did not say
     */
    CappedBody(long maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        this.subscription = newSubscription;
        if (declaredLength > maxBytes) {
            refuse();
            return;
        }
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            count += buffer.remaining();
            if (count > maxBytes) {
                refuse();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(received.toByteArray());
    }

    private void refuse() {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException(maxBytes));
    }
}
