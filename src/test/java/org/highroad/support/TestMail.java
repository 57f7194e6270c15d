package org.highroad.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail), on a port of its own per application context, and the mail sender
 * the notifications send through: what Spring Boot makes when {@code spring.mail.host} and {@code port} name it.
 * A test may stop the server (the mail server is down) and start it again on the same port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    @Bean(destroyMethod = "stop")
    Server smtpServer() {
        return new Server();
    }

    @Bean
    JavaMailSender mailSender(Server server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(props);
        return sender;
    }

    /** The SMTP server and what it received. */
    public static class Server {
        private final int port;
        private GreenMail mail;

        Server() {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }

        public synchronized void start() {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }

        public synchronized void stop() {
            if (mail != null) {
                mail.stop();
                mail = null;
            }
        }

        public synchronized boolean running() {
            return mail != null;
        }

        /** Every message received since the server (re)started. */
        public synchronized List<MimeMessage> received() {
            return mail == null ? List.of() : Arrays.asList(mail.getReceivedMessages());
        }

        /** The messages to {@code address} whose subject contains {@code text}. */
        public List<MimeMessage> to(String address, String text) {
            return received().stream().filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))
                            && m.getSubject() != null && m.getSubject().contains(text);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
