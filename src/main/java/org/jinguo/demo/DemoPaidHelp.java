package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderEvent;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.bridge.model.WorkingDays;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The demo's paid neighbourly help: the neighbours of 南桥寺, 瓦厂嘴, 石马河 and 鱼嘴 ask their own hourly rate, and
 * residents booked them over the past months, most served and rated both ways, the latest still to come.
 */
final class DemoPaidHelp {

    private static final String[] NEEDS = {"婆婆出院回家，白天需要人陪护和做饭。", "周末加班，需要人照看孩子半天。",
        "家里大扫除，需要两个人帮忙。", "老人独居，每周需要上门做两次饭。"};

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(12368);
    private final LocalDate today = Beijing.today();

    DemoPaidHelp(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    void load() {
        List<Provider> neighbours = em.createQuery("SELECT p FROM Provider p JOIN FETCH p.unit WHERE p.kind = :kind ORDER BY p.id",
                Provider.class).setParameter("kind", ProviderKind.NEIGHBOUR).getResultList();
        int n = 0;
        for (Provider helper : neighbours) {
            helper.setHourlyRate(BigDecimal.valueOf(30 + 5L * random.nextInt(5)));
            List<ServiceItem> items = helper.getItems().stream().filter(i -> i.getLine() == ServiceLine.FAMILY_AID).toList();
            if (items.isEmpty()) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                book(helper, items.get(random.nextInt(items.size())), n++ % 5 == 4 ? 0 : 10 + random.nextInt(120));
            }
        }
        em.flush();
    }

    /** A booking {@code daysAgo} days back, served and rated both ways; today's is still to come. */
    private void book(Provider helper, ServiceItem item, int daysAgo) {
        OrgUnit community = em.find(OrgUnit.class, helper.getUnit().getId());
        Person resident = people.make(community, random);
        LocalDate day = today.minusDays(daysAgo);
        Instant at = day.atTime(LocalTime.of(9, random.nextInt(60))).atZone(Beijing.ZONE).toInstant();
        if (at.isAfter(Instant.now())) {
            at = Instant.now().minusSeconds(600);
        }
        BridgeOrder o = new BridgeOrder(ServiceLine.FAMILY_AID, resident, NEEDS[random.nextInt(NEEDS.length)], NeedChannel.PHONE,
                true, null, at, WorkingDays.after(day, 2), WorkingDays.after(day, 3));
        o.setItem(item, null);
        o.setCommunity(community);
        o.assignTo(community);
        em.persist(o);
        o.numberIn(day.getYear());
        em.persist(OrderEvent.submitted(o, "demo"));
        em.persist(o.move(OrderMove.ACCEPT, null, "demo", at.plusSeconds(600)));
        o.setProvider(helper);
        em.persist(o.move(OrderMove.DISPATCH, null, "demo", at.plusSeconds(1200)).to(helper, null));
        BigDecimal hours = BigDecimal.valueOf(2 + random.nextInt(3));
        o.agree(helper.getHourlyRate(), hours);
        if (daysAgo == 0) {
            return; // booked today, to come
        }
        em.persist(o.move(OrderMove.TAKE, null, "demo", at.plusSeconds(3600)));
        o.reportDone(day.plusDays(1), hours.intValue() * 60, "有偿互助服务已完成（工作人员电话记录）", List.of());
        em.persist(o.move(OrderMove.REPORT_DONE, null, "demo", at.plusSeconds(86_400 + 7200)));
        int stars = random.nextInt(10) < 7 ? 5 : 4;
        em.persist(o.move(OrderMove.RATE, null, "demo", at.plusSeconds(2 * 86_400)));
        o.rate(stars, stars == 5 ? "阿姨很细心，下次还找她。" : "做事认真，来得稍晚了一点。");
        helper.rated(stars);
        o.rateRequester(random.nextInt(10) < 8 ? 5 : 4, "家里人很客气，按时结算。");
    }
}
