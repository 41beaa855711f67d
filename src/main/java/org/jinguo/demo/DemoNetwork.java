package org.jinguo.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo federation network of Jiangbei: its 9 streets and 3 towns with their communities and villages
 * (南桥寺 and 瓦厂嘴 are named in the source; the others are made up in the style of the place). In April
 * 2026 every street, town, community and village federation but four elected its office holders: 104
 * chairs, 144 vice-chairs and 1297 executive members, as the source reports.
 */
public final class DemoNetwork {

    /** Street (街道) → its communities. */
    public static final Map<String, List<String>> STREETS = new LinkedHashMap<>();
    /** Town (镇) → its communities and villages (a name ending in 村 is a village). */
    public static final Map<String, List<String>> TOWNS = new LinkedHashMap<>();

    static {
        STREETS.put("观音桥", List.of("建新北路", "洋河路", "北城天街", "嘉陵", "观音桥", "花园新村", "小苑", "东原", "玉带山",
                "鲤鱼池", "松树桥", "杨家山", "新华路"));
        STREETS.put("华新街", List.of("华新", "红旗河沟", "渝北三村", "长安", "华新村", "北滨", "新村", "五红", "金港", "北江"));
        STREETS.put("五里店", List.of("五里店", "塔坪", "玉宇", "南方", "北辰", "石子山", "宏帆", "弹子石嘴", "溉澜溪", "刘家台"));
        STREETS.put("江北城", List.of("江北城", "金沙门", "保定门", "文星门", "问津", "红土地"));
        STREETS.put("石马河", List.of("南桥寺", "石马河", "桂花园", "兴竹", "大庆村", "盘溪", "玉带", "鲤鱼", "芳草", "洋河新村"));
        STREETS.put("大石坝", List.of("瓦厂嘴", "大石坝", "东方村", "红石路", "青年桥", "正街", "石门", "建材", "观音岩", "嘉陵村"));
        STREETS.put("寸滩", List.of("寸滩", "海尔路", "港城", "五宝路", "水口", "丰溪", "鹞鹰"));
        STREETS.put("郭家沱", List.of("郭家沱", "望江", "长航", "大兴", "雨花"));
        STREETS.put("铁山坪", List.of("铁山坪", "东风", "华山"));
        TOWNS.put("鱼嘴", List.of("鱼嘴社区", "沙湾社区", "东河社区", "渝湾村", "双溪村", "石坝村", "黎家村", "胜利村", "翠湖村"));
        TOWNS.put("复盛", List.of("复盛社区", "郭家社区", "正街村", "广福村", "石桥村", "高峰村", "茶园村"));
        TOWNS.put("五宝", List.of("五宝社区", "中岭村", "龙凤村", "三和村", "新华村", "黄山村"));
    }

    /** Communities and villages that have not elected a federation yet: the gaps the coverage page lists. */
    static final Set<String> NOT_ORGANISED = Set.of("新华路社区妇联", "鹞鹰社区妇联", "茶园村妇联", "黄山村妇联");

    /** Of those, the ones where women's work is done all the same (a women's group, a contact person). */
    static final Set<String> WORK_DONE_WITHOUT_FEDERATION = Set.of("茶园村妇联", "黄山村妇联");

    /** The source's totals for the April election. */
    static final int CHAIRS = 104;
    static final int VICE_CHAIRS = 144;
    static final int EXECUTIVE_MEMBERS = 1297;

    /** The names of the federations that elected in April: streets, towns, and their organised areas. */
    static List<String> electedNames() {
        List<String> names = new ArrayList<>();
        STREETS.forEach((street, communities) -> {
            names.add(street + "街道妇联");
            communities.stream().map(c -> c + "社区妇联").filter(n -> !NOT_ORGANISED.contains(n)).forEach(names::add);
        });
        TOWNS.forEach((town, areas) -> {
            names.add(town + "镇妇联");
            areas.stream().map(a -> a + "妇联").filter(n -> !NOT_ORGANISED.contains(n)).forEach(names::add);
        });
        return names;
    }

    /**
     * How many vice-chairs ({@code [0]}) and executive members ({@code [1]}) each elected federation gets,
     * in the order given, {@code true} marking a street or town: a street or town 3 and 15, a community or
     * village at least 1 and 12, the rest spread over communities and villages until the source's totals.
     */
    static int[][] offices(List<Boolean> streetOrTown, Random random) {
        if (streetOrTown.size() != CHAIRS) {
            throw new IllegalArgumentException("the demo network elects " + CHAIRS + " federations, not " + streetOrTown.size());
        }
        int[] vice = new int[CHAIRS];
        int[] members = new int[CHAIRS];
        List<Integer> areas = new ArrayList<>();
        for (int i = 0; i < CHAIRS; i++) {
            vice[i] = streetOrTown.get(i) ? 3 : 1;
            members[i] = streetOrTown.get(i) ? 15 : 12;
            if (!streetOrTown.get(i)) {
                areas.add(i);
            }
        }
        spread(vice, VICE_CHAIRS, areas, random);
        spread(members, EXECUTIVE_MEMBERS, areas, random);
        return new int[][] {vice, members};
    }

    /** Adds one at a time to random {@code among} entries until {@code counts} sum to {@code total}. */
    private static void spread(int[] counts, int total, List<Integer> among, Random random) {
        int sum = Arrays.stream(counts).sum();
        if (sum > total) {
            throw new IllegalStateException("the base numbers already exceed " + total);
        }
        for (; sum < total; sum++) {
            counts[among.get(random.nextInt(among.size()))]++;
        }
    }

    private DemoNetwork() {
    }
}
