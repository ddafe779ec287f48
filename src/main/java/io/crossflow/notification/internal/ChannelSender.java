package io.crossflow.notification.internal;

/** Delivers outbox rows of one channel; throws when the delivery failed and should be retried. */
interface ChannelSender {

    Channel channel();

    void deliver(OutboxRow row) throws Exception;
}
