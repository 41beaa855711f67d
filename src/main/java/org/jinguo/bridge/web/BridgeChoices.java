package org.jinguo.bridge.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.PaidBy;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.Urgency;
import org.jinguo.bridge.service.PublicNeedService;
import org.jinguo.bridge.service.UnratedOrders;
import org.jinguo.platform.web.Texts;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;

/** The choices the Bridge's pages offer; the pages label them from the bundle. */
@Named
@ApplicationScoped
public class BridgeChoices {

    public ServiceLine[] getLines() {
        return ServiceLine.values();
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public NeedChannel[] getChannels() {
        return NeedChannel.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    public ProviderStatus[] getProviderStatuses() {
        return ProviderStatus.values();
    }

    public PaidBy[] getPayers() {
        return PaidBy.values();
    }

    /** One to five stars, for a rating given as a choice of buttons. */
    public List<Integer> getStars() {
        return List.of(1, 2, 3, 4, 5);
    }

    public DayPart[] getDayParts() {
        return DayPart.values();
    }

    /** Whether the page is read in English (menu items then show their English names where given). */
    public boolean isEnglish() {
        return "en".equals(Texts.currentLocale().getLanguage());
    }

    /**
     * Who made a move of the timeline, in words where it was not a user: the resident on the public pages, the
     * platform's own timer, the demo's history; otherwise the user name.
     */
    public String actor(String actor) {
        if (PublicNeedService.ACTOR.equals(actor)) {
            return Texts.get("order.actor.requester");
        }
        if (UnratedOrders.ACTOR.equals(actor)) {
            return Texts.get("order.actor.system");
        }
        return "demo".equals(actor) ? Texts.get("order.actor.demo") : actor;
    }

    /** A list of names joined the reader's way: 、 in Chinese, a comma in English. */
    public String join(List<String> names) {
        return String.join(isEnglish() ? ", " : "、", names);
    }
}
