package io.crossflow.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A GreenMail SMTP server inside the test JVM, on one free port chosen once per JVM, so the shared
 * context's {@code spring.mail.port} ({@link TestMailServerEnvironment}) stays valid when a test
 * stops the server to simulate an outage and starts it again.
 */
public final class TestMailServer {

    public static final String HOST = "127.0.0.1";

    private static TestMailServer instance;

    private final int port;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.port = port;
    }

    /** The JVM's mail server, started on first use. */
    public static synchronized TestMailServer get() {
        if (instance == null) {
            instance = new TestMailServer(freePort());
            instance.start();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port, with an empty mailbox. */
    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Stops the server: connections to its port are refused until {@link #start}. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The mails received since the last start that went to the address. */
    public synchronized List<MimeMessage> messagesTo(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
