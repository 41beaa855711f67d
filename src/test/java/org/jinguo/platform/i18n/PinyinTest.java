package org.jinguo.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void jiangbeisStreetsAreInPinyinOrderNotByCharacterCode() {
        List<String> streets = new ArrayList<>(List.of("五宝镇", "五里店街道", "华新街道", "复盛镇", "大石坝街道", "寸滩街道",
                "观音桥街道", "石马河街道", "郭家沱街道", "铁山坪街道", "鱼嘴镇", "江北城街道"));
        streets.sort(Pinyin.by(Function.identity()));
        assertEquals(List.of("寸滩街道", "大石坝街道", "复盛镇", "观音桥街道", "郭家沱街道", "华新街道", "江北城街道", "石马河街道",
                "铁山坪街道", "五宝镇", "五里店街道", "鱼嘴镇"), streets);
    }
}
