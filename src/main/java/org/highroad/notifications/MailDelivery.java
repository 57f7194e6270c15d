package org.highroad.notifications;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.highroad.notifications.domain.Mailboxes;
import org.highroad.notifications.domain.NoticeTexts;
import org.highroad.notifications.domain.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends recorded messages by e-mail, after the transaction that recorded them committed, on a thread of its own (a
 * slow mail server holds no request and no database connection). Each send is claimed first by a conditional update
 * and marked sent by another ({@link NotificationStore}), so a message goes out once however many senders (the
 * after-commit send, the retry, another node) try it. A failed send is tried again by {@link #retryDue()}
 * ({@code highroad.notifications.retry-after}, growing with each try) up to {@code max-attempts} tries.
 *
 * <p>Off when no mail server is configured ({@code spring.mail.host} unset: Spring Boot makes no mail sender): messages
 * are still recorded and listed, and stay unsent. The claim lasts {@code claim-for}: a node that died holding it
 * leaves the message to the retry after that, so in that one case a message may go out twice.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 100;

    private final NotificationStore store;
    private final NoticeTexts texts;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final int maxAttempts;
    private final Duration retryAfter;
    private final Duration claimFor;
    private final Duration mailWithin;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-mail");
        t.setDaemon(true);
        return t;
    });

    MailDelivery(NotificationStore store, NoticeTexts texts, ObjectProvider<JavaMailSender> sender, Clock clock,
            @Value("${highroad.notifications.from:highroad@localhost}") String from,
            @Value("${highroad.notifications.base-url:http://localhost:8080}") String baseUrl,
            @Value("${highroad.notifications.max-attempts:8}") int maxAttempts,
            @Value("${highroad.notifications.retry-after:PT5M}") Duration retryAfter,
            @Value("${highroad.notifications.claim-for:PT2M}") Duration claimFor,
            @Value("${highroad.notifications.mail-within:P3D}") Duration mailWithin) {
        this.store = store;
        this.texts = texts;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.maxAttempts = maxAttempts;
        this.retryAfter = retryAfter;
        this.claimFor = claimFor;
        this.mailWithin = mailWithin;
    }

    /** After commit: sends these messages on the mail thread, in the order given. */
    void sendSoon(List<Long> ids) {
        if (sender.getIfAvailable() == null) {
            return;
        }
        worker.execute(() -> ids.forEach(this::sendQuietly));
    }

    /**
     * Tries again every message due: not sent, with tries left, past its retry time, and recorded within
     * {@code mail-within} (default 3 days: older news is listed, not mailed). Returns how many went out.
     */
    int retryDue() {
        if (sender.getIfAvailable() == null) {
            return 0;
        }
        Instant now = clock.instant();
        return (int) store.dueForSending(now, now.minus(mailWithin), maxAttempts, BATCH).stream().filter(this::send).count();
    }

    /** Waits until the messages handed to the mail thread so far are sent or failed (for an orderly stop, and tests). */
    void drain() throws Exception {
        worker.submit(() -> { }).get(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    private void sendQuietly(long id) {
        try {
            send(id);
        } catch (RuntimeException e) {
            LOG.error("notification {}: not sent ({}); the retry takes it up", id, e.getClass().getSimpleName());
        }
    }

    /** Claims, sends and marks one message; true when it went out now. */
    boolean send(long id) {
        JavaMailSender mail = sender.getIfAvailable();
        Instant now = clock.instant();
        if (mail == null || !store.claim(id, now, now.plus(claimFor), maxAttempts)) {
            return false;
        }
        NotificationStore.Stored n = store.find(id).orElseThrow();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(n.email());
        message.setSubject(n.subject());
        message.setText(n.body() + "\n\n" + texts.openLine(baseUrl + n.link(), Mailboxes.language(n.language())) + "\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            Instant retry = clock.instant().plus(retryAfter.multipliedBy(n.attempts()));
            store.markFailed(id, e.getClass().getSimpleName(), retry);
            LOG.warn("notification {}: the mail server did not take it (try {} of {}, {}); tried again from {}", id,
                    n.attempts(), maxAttempts, e.getClass().getSimpleName(), retry);
            return false;
        }
        store.markSent(id, clock.instant());
        return true;
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
