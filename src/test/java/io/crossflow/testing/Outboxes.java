package io.crossflow.testing;

import io.crossflow.notification.internal.OutboxDispatcher;

/**
 * Delivers everything the notification outbox has due now, however many passes it takes: the
 * suite shares one database, so other tests may have left more than one pass's batch before the
 * row a test is waiting for.
 */
public final class Outboxes {

    private static final int MAX_PASSES = 200;

    private Outboxes() {}

    public static void drain(OutboxDispatcher dispatcher) {
        for (int i = 0; i < MAX_PASSES; i++) {
            OutboxDispatcher.Pass pass = dispatcher.dispatchDue();
            if (pass.delivered() + pass.failed() + pass.gaveUp() == 0) {
                return;
            }
        }
        throw new AssertionError("The outbox did not drain in " + MAX_PASSES + " passes");
    }
}
