package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jinguo.bridge.model.AidFamily;
import org.jinguo.bridge.model.AidGrant;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.Donation;
import org.jinguo.bridge.model.Donor;
import org.jinguo.bridge.model.DonorKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.NeedLevel;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;

/**
 * The demo's hardship aid: donors of the district (a firm of 观音桥商圈, the district charity, a woman giving in her own
 * name) with money (free, and a fund restricted to school costs) and goods (rice, winter coats); families in hardship
 * in every street with their reasons and colour tags; aid given out of the donations through the year, and services.
 * Every yuan and item is taken out of its donation, so the pool adds up.
 */
final class DemoAid {

    private static final String[] HOUSEHOLDS = {"本人、女儿（12 岁）", "本人、丈夫（瘫痪在床）、儿子（8 岁）", "本人、婆婆（78 岁）",
        "本人独居", "本人、两个儿子（10 岁、14 岁）"};
    private static final String[] SITUATIONS = {"丈夫去年因病去世，靠打零工维持生活，女儿上初中。",
        "本人患乳腺癌正在化疗，家庭收入主要靠低保。", "工厂关停后失业，孩子上学开支较大。",
        "独居老人，子女在外地，行动不便。", "去年房屋受灾，正在租房居住。"};

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(12358);
    private final LocalDate today = Beijing.today();

    DemoAid(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    void load(OrgUnit district, List<OrgUnit> communities) {
        Donor mall = donor(district, DonorKind.FIRM, "重庆北城天街商业管理有限公司");
        Donor charity = donor(district, DonorKind.ORGANISATION, "江北区慈善会");
        Donor lady = donor(district, DonorKind.PERSON, "刘女士（爱心人士）");
        Donation fund = donation(mall, AidKind.MONEY, "50000", null, null, null, today.minusMonths(11));
        Donation school = donation(charity, AidKind.MONEY, "20000", null, null, HardshipReason.SCHOOLING, today.minusMonths(8));
        Donation small = donation(lady, AidKind.MONEY, "3000", null, null, null, today.minusMonths(3));
        Donation rice = donation(mall, AidKind.GOODS, "200", "大米（10 公斤）", "袋", null, today.minusMonths(2));
        Donation coats = donation(charity, AidKind.GOODS, "80", "冬衣", "件", null, today.minusDays(20));
        em.flush();

        NeedLevel[] levels = NeedLevel.values();
        HardshipReason[] reasons = HardshipReason.values();
        List<AidFamily> families = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            AidFamily family = new AidFamily(people.make(communities.get(random.nextInt(communities.size())), random),
                    levels[i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 2], today.minusDays(30 + random.nextInt(300)));
            Set<HardshipReason> why = EnumSet.of(reasons[random.nextInt(reasons.length - 1)]);
            if (i % 4 == 0) {
                why.add(HardshipReason.SCHOOLING);
            }
            family.setReasons(why);
            family.setHousehold(HOUSEHOLDS[i % HOUSEHOLDS.length]);
            family.setSituation(SITUATIONS[i % SITUATIONS.length]);
            em.persist(family);
            families.add(family);
        }
        em.flush();
        for (int i = 0; i < families.size(); i++) {
            AidFamily family = families.get(i);
            LocalDate on = family.getRegisteredOn().plusDays(7);
            give(family, fund, AidKind.MONEY, new BigDecimal(family.getNeedLevel() == NeedLevel.RED ? 2000 : 800), on);
            if (family.getReasons().contains(HardshipReason.SCHOOLING) && !on.isBefore(school.getReceivedOn())) {
                give(family, school, AidKind.MONEY, new BigDecimal("1500"), on.plusDays(3));
            }
            if (i < 20) {
                give(family, rice, AidKind.GOODS, new BigDecimal(2), today.minusMonths(1).plusDays(i % 10));
            }
            if (i % 3 == 0) {
                give(family, coats, AidKind.GOODS, new BigDecimal(2), today.minusDays(10));
            }
            if (i % 5 == 0) {
                give(family, small, AidKind.MONEY, new BigDecimal("300"), today.minusDays(40));
                em.persist(new AidGrant(family, null, AidKind.SERVICE, null, "上门家政服务 4 小时（巾帼桥订单）", today.minusDays(25),
                        "demo"));
            }
        }
        if (!families.isEmpty()) {
            families.get(families.size() - 1).setClosed(true);
        }
        em.flush();
    }

    private Donor donor(OrgUnit unit, DonorKind kind, String name) {
        Donor donor = new Donor(kind, name);
        donor.assignTo(unit);
        em.persist(donor);
        return donor;
    }

    private Donation donation(Donor donor, AidKind kind, String amount, String item, String measure, HardshipReason restricted,
                              LocalDate on) {
        Donation d = new Donation(donor, on, kind, new BigDecimal(amount));
        d.setItem(item);
        d.setMeasure(measure);
        d.setRestrictedTo(restricted);
        d.assignTo(donor.getUnit());
        em.persist(d);
        return d;
    }

    private void give(AidFamily family, Donation donation, AidKind kind, BigDecimal amount, LocalDate on) {
        if (amount.compareTo(donation.getRemaining()) > 0 || on.isBefore(donation.getReceivedOn())) {
            return; // the demo gives what a donation held, after it came in
        }
        donation.take(amount);
        em.persist(new AidGrant(family, donation.getId(), kind, amount, null, on.isAfter(today) ? today : on, "demo"));
    }
}
