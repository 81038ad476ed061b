package dev.nextcall.app.port;

/**
 * Keeps the cached copies of subscribed calendar addresses fresh. Both methods block on the network
 * (bounded by a timeout per address), so they belong on a background executor, never the UI thread.
 * A failure is not thrown: it is recorded and reported through {@link CalendarHealth}, and the last
 * good copy keeps counting.
 */
public interface SubscriptionRefresher {

    /** For setups without subscriptions. */
    SubscriptionRefresher NONE = new SubscriptionRefresher() {
        @Override
        public boolean refreshDue() {
            return false;
        }

        @Override
        public boolean refreshAll() {
            return false;
        }
    };

    /**
     * Fetches the addresses whose refresh interval has passed (a failed one is retried sooner);
     * the others are left alone. Meant to be called often, e.g. every minute.
     *
     * @return true when a cached copy changed or a problem appeared, changed or cleared: busy time and
     *         {@link CalendarHealth#problems()} are worth reading again
     */
    boolean refreshDue();

    /**
     * Fetches every address now, whatever its interval: the rep's "try again".
     *
     * @return as for {@link #refreshDue()}
     */
    boolean refreshAll();
}
