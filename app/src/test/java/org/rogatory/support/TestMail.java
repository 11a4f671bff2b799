package org.rogatory.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A GreenMail SMTP server on a free port, started once per test JVM and shared by every {@code *IT}
 * context (so that they stay one context). Tests stop and start it to see a notice fail and a
 * retry deliver it.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static int port;
    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            port = freePort();
            start();
        }
        return server;
    }

    /** The mail server goes away: sending fails as it would with the jurisdiction's server down. */
    public static synchronized void stop() {
        server().stop();
    }

    /** The mail server is back, on the same port, with no mail received. */
    public static synchronized void start() {
        if (server != null && server.isRunning()) {
            return;
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static MimeMessage[] received() {
        return server().getReceivedMessages();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        server();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
