package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jinguo.platform.security.Reach;
import org.jinguo.platform.security.Role;
import org.junit.jupiter.api.Test;

/** A row type's export columns, declared once: headers and cells as a person reads them (here in Chinese). */
class SheetColumnsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    record Row(String name, Role role, Set<Reach> reaches, BigDecimal amount, LocalDate on, boolean flag) {
    }

    static final SheetColumns<Row> COLUMNS = SheetColumns.of(Row.class)
            .column("person.name", Row::name)
            .column("user.roles", Row::role)
            .column("permissions.title", Row::reaches)
            .column("support.amount", Row::amount)
            .column("delivery.on", Row::on)
            .column("criteria.retired", row -> row.flag() ? SheetColumns.label("action.yes") : "");

    @Test
    void headersAreTheBundleTextsOfTheirKeys() {
        assertEquals(List.of("姓名", "角色", "权限矩阵", "金额（元）", "服务日期", "已停用"), COLUMNS.headers(CHINESE));
        assertEquals(Texts.get(Locale.ENGLISH, "person.name"), COLUMNS.headers(Locale.ENGLISH).get(0));
    }

    @Test
    void enumsBecomeTheirLabelsSeveralInDeclarationOrderNumbersAndDatesStay() {
        Row row = new Row("李秀英", Role.STAFF, EnumSet.of(Reach.SUBTREE, Reach.OWN_UNIT), new BigDecimal("1500.00"),
                LocalDate.of(2026, 11, 2), true);
        assertArrayEquals(new Object[]{"李秀英", "工作人员", "仅本单位、本单位及下级", new BigDecimal("1500.00"),
                LocalDate.of(2026, 11, 2), Texts.get(CHINESE, "action.yes")}, COLUMNS.cells(row, CHINESE));
        assertEquals(Texts.get(Locale.ENGLISH, "role.STAFF"), COLUMNS.cells(row, Locale.ENGLISH)[1]);
        Row empty = new Row(null, null, Set.of(), null, null, false);
        assertArrayEquals(new Object[]{null, null, "", null, null, ""}, COLUMNS.cells(empty, CHINESE));
    }
}
