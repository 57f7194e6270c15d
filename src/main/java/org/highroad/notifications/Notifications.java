package org.highroad.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.highroad.notifications.domain.Mailboxes;
import org.highroad.notifications.domain.Mailboxes.Mailbox;
import org.highroad.notifications.domain.NoticeTexts;
import org.highroad.notifications.domain.NotificationStore;
import org.highroad.notifications.domain.NotificationStore.NewNotification;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications: each recorded once per notice and recipient (the unique dedup key), in the transaction of what it
 * tells (so nothing is recorded for what rolled back), in the recipient's language, and mailed after that transaction
 * committed ({@link MailDelivery}). Every message is listed for its recipient ({@link #recentFor}), mailed or not.
 */
@Service
public class Notifications {

    /** The most messages one listing returns. */
    public static final int MAX_LIMIT = 100;

    private final NotificationStore store;
    private final Mailboxes mailboxes;
    private final NoticeTexts texts;
    private final MailDelivery delivery;
    private final Clock clock;

    Notifications(NotificationStore store, Mailboxes mailboxes, NoticeTexts texts, MailDelivery delivery, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.texts = texts;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * The user's own latest messages, newest first, written in {@code reader}'s language (a page's): each from its kept
     * values; one recorded before values were kept reads as it was written then.
     *
     * @param reader the language to write them in (the API's is English, as all its answers)
     */
    @Transactional(readOnly = true)
    public List<NotificationView> recentFor(HighroadUser user, int limit, Locale reader) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MalformedRequestException("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return store.recent(user.userId(), limit).stream().map(s -> {
            NoticeTexts.Text text = s.args() == null ? new NoticeTexts.Text(s.subject(), s.body())
                    : texts.of(s.kind(), Mailboxes.language(reader.getLanguage()), s.args());
            return new NotificationView(s.id(), NoticeKind.valueOf(s.kind()), text.subject(), text.body(), s.link(),
                    s.createdAt(), s.sentAt());
        }).toList();
    }

    /**
     * The language the user's messages are written in from now on: {@code en} or {@code es} (the portal's language
     * switch). Messages already recorded keep theirs.
     */
    public String chooseLanguage(HighroadUser user, String language) {
        Locale chosen = language == null ? null : Mailboxes.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language.trim().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (chosen == null) {
            throw new InvalidInputException("language", "must be one of " + Mailboxes.LANGUAGES.stream()
                    .map(Locale::getLanguage).toList());
        }
        mailboxes.setLanguage(user.userId(), chosen);
        return chosen.getLanguage();
    }

    /**
     * Records the notice for each recipient (a user unknown to the directory is skipped), each once: {@code noticeKey}
     * names the notice (e.g. {@code payroll-rejected:42}), and the same notice recorded again for a recipient is
     * ignored. Mailed after the transaction commits. Returns how many were recorded now.
     *
     * @param values the values of the kind's message, in its order: dates ({@link java.time.LocalDate}), counts
     *               ({@link NoticeTexts.Count}), a contract or subsidy request ({@link NoticeTexts.Named}), ids and
     *               texts; kept with the message, so it is written in its reader's language wherever it is read
     */
    @Transactional
    public int notify(NoticeKind kind, String noticeKey, Collection<String> recipients, String link, Object... values) {
        List<Long> recorded = new ArrayList<>();
        for (String userId : new LinkedHashSet<>(recipients)) {
            Optional<Mailbox> box = mailboxes.of(userId);
            if (box.isEmpty()) {
                continue;
            }
            NoticeTexts.Text text = texts.of(kind.name(), box.get().language(), values);
            store.insert(new NewNotification(userId, kind.name(), noticeKey + ":" + userId,
                    box.get().language().getLanguage(), text.subject(), text.body(), link, box.get().email(), clock.instant(),
                    NoticeTexts.encode(values)))
                    .ifPresent(recorded::add);
        }
        if (!recorded.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.sendSoon(recorded);
                }
            });
        }
        return recorded.size();
    }
}
