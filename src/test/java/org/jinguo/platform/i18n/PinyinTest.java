package org.jinguo.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theStoredKeySortsAsPinyinInPlainTextOrder() {
        List<String> streets = new ArrayList<>(List.of("五宝镇", "五里店街道", "华新街道", "复盛镇", "大石坝街道", "寸滩街道",
                "观音桥街道", "石马河街道", "郭家沱街道", "铁山坪街道", "鱼嘴镇", "江北城街道", "ABC社区", "abd社区"));
        List<String> byKey = new ArrayList<>(streets);
        byKey.sort(java.util.Comparator.comparing(Pinyin::key)); // as a database compares text: by character
        streets.sort(Pinyin.by(Function.identity()));
        assertEquals(streets, byKey);
        assertTrue(Pinyin.key("社区".repeat(100)).length() <= Pinyin.KEY_LENGTH, "fits its column however long the name");
        assertTrue(Pinyin.key("观音桥街道妇联").matches("[0-9a-f]+"), "digits and small letters only: any collation orders them alike");
    }
}
