package org.jinguo.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.platform.notify.Channel;
import org.jinguo.platform.notify.Notifications;
import org.jinguo.platform.notify.Notifications.Row;

/**
 * The notification centre (我的消息): her notifications newest first (or only the unread), opening one marks it read and
 * goes to its page, all marked read at once; and her choice of channels outside the app per kind, with her addresses.
 */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    BellBean bell;

    private boolean unreadOnly;
    private PagedList<Row> rows;
    private String email;
    private String mobile;
    private List<KindChoice> choices;
    private Set<Channel> channels;

    /** One kind with the channels she wants it by, as the choices table edits it. */
    public static class KindChoice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private boolean mail;
        private boolean sms;

        KindChoice(String kind, Set<Channel> chosen) {
            this.kind = kind;
            this.mail = chosen.contains(Channel.MAIL);
            this.sms = chosen.contains(Channel.SMS);
        }

        public String getKind() {
            return kind;
        }

        public boolean isMail() {
            return mail;
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }

        public boolean isSms() {
            return sms;
        }

        public void setSms(boolean sms) {
            this.sms = sms;
        }

        Set<Channel> chosen() {
            Set<Channel> set = EnumSet.noneOf(Channel.class);
            if (mail) {
                set.add(Channel.MAIL);
            }
            if (sms) {
                set.add(Channel.SMS);
            }
            return set;
        }
    }

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> notifications.mine(unreadOnly, first, max), () -> notifications.countMine(unreadOnly),
                row -> String.valueOf(row.id()));
        Notifications.Choices current = notifications.choices();
        email = current.email();
        mobile = current.mobile();
        choices = new ArrayList<>();
        current.byKind().forEach((kind, chosen) -> choices.add(new KindChoice(kind, chosen)));
        channels = notifications.channels();
    }

    /** The notification's words in the page's language. */
    public String text(Row row) {
        return Texts.get(row.textKey(), row.arguments().toArray());
    }

    /** Marks it read and opens its page. */
    public void open(long id) throws IOException {
        String path = UiActions.attempt("notificationsForm", () -> notifications.open(id));
        bell.forget();
        if (path != null) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path);
        }
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        bell.forget();
        UiActions.info("notifications.markedRead", marked);
    }

    public void saveChoices() {
        Map<String, Set<Channel>> byKind = new LinkedHashMap<>();
        choices.forEach(c -> byKind.put(c.getKind(), c.chosen()));
        UiActions.attempt("choicesForm", () -> {
            notifications.saveChoices(email, mobile, byKind);
            UiActions.info("notifications.choicesSaved");
        });
    }

    public boolean isMailAvailable() {
        return channels.contains(Channel.MAIL);
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public PagedList<Row> getRows() {
        return rows;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public List<KindChoice> getChoices() {
        return choices;
    }
}
