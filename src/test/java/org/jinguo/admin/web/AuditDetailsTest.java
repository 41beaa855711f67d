package org.jinguo.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.platform.web.LocaleBean;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<String> BOOKKEEPING = List.of("version", "createdAt", "updatedAt", "unitPath");

    @Test
    void aChangeReadsAsFieldNamesAndLabelsInTheReadersLanguage() {
        AuditDetails zh = new AuditDetails(LocaleBean.CHINESE, id -> id == 114 ? "观音桥街道妇联" : null);
        List<AuditDetails.Line> lines = zh.lines("ServiceHours", "status: PENDING → APPROVED\nunit: 114\nminutes: 60 → 90\nnote:  → 已核实");
        assertEquals(4, lines.size());
        assertEquals(new AuditDetails.Line("状态", "待审核", "已认定"), lines.get(0));
        assertEquals(new AuditDetails.Line("所属组织", null, "观音桥街道妇联"), lines.get(1));
        assertEquals(new AuditDetails.Line("时长（分钟）", "60", "90"), lines.get(2));
        assertEquals(new AuditDetails.Line("备注", "—", "已核实"), lines.get(3));
        assertEquals("状态：待审核 → 已认定", lines.get(0).text());

        AuditDetails en = new AuditDetails(ENGLISH, id -> null);
        assertEquals(new AuditDetails.Line("Service line", null, "Family mutual aid"), en.lines("Team", "line: FAMILY_AID").get(0));
        assertEquals("#999", en.lines("Volunteer", "unit: 999").get(0).after(), "a unit the reader cannot see stays a number");
    }

    @Test
    void notesOfSignInsAndExportsAndEmbeddedChangesAreReadToo() {
        AuditDetails zh = new AuditDetails(LocaleBean.CHINESE, id -> null);
        assertEquals("密码错误、账户已锁定", zh.lines("UserAccount", "password; locked").get(0).after());
        assertEquals("电话、住址（编辑表单）", zh.lines("Person", "PHONE, ADDRESS (edit form)").get(0).after());
        assertEquals("wrong password, account locked",
                new AuditDetails(ENGLISH, id -> null).lines("UserAccount", "password; locked").get(0).after());
        List<AuditDetails.Line> export = zh.lines("Person", "rows: 12\nfilter: text=何");
        assertEquals(new AuditDetails.Line("行数", null, "12"), export.get(0));
        assertEquals(new AuditDetails.Line("筛选条件", null, "text=何", true), export.get(1), "the filter as the list wrote it");
        List<AuditDetails.Line> profile = zh.lines("OrgUnit", "profile: womenCount 120 → 130; covers  → 3");
        assertEquals(2, profile.size());
        assertEquals("130", profile.get(0).after());
        assertEquals("未录用", zh.code("CampaignApplication", "status", "DECLINED"));
        assertEquals("未认定", zh.code("ServiceHours", "status", "DECLINED"), "the record tells which status is meant");
        assertEquals("添加：志愿者骨干", zh.lines("Person", "tags: +[VOLUNTEER_LEADER] -[]").get(0).after(),
                "a set's change as the words added and removed");
        assertEquals("Added: Volunteer leader; removed: Culture/sports team leader", new AuditDetails(ENGLISH, id -> null)
                .lines("Person", "tags: +[VOLUNTEER_LEADER] -[TEAM_LEADER]").get(0).after());
        assertTrue(zh.lines("Person", null).isEmpty());
        assertEquals("已隐藏", zh.lines("Person", "idCardCipher: ***").get(0).after());
        assertEquals("2026-12-03 03:18", zh.lines("Notice", "sentAt: 2026-12-02T19:18:02.091012688Z").get(0).after(),
                "a moment as the pages show one, in Beijing time");
    }

    /**
     * Every attribute the recorder writes (of every stored record and its embedded values) has a name in both
     * languages, and every code it can hold has a label the reader can tell apart: no raw attribute or
     * constant reaches an auditor.
     */
    @Test
    void everyAuditedFieldAndCodeHasItsWords() throws Exception {
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Set<Class<?>>>> records = auditedFields();
        for (Locale locale : List.of(LocaleBean.CHINESE, ENGLISH)) {
            AuditDetails details = new AuditDetails(locale, id -> null);
            records.forEach((record, fields) -> fields.forEach((attribute, types) -> {
                if (details.field(attribute).equals(attribute)) {
                    missing.add(locale + " audit.field." + attribute);
                }
                for (Class<?> type : types) {
                    if (type.isEnum()) {
                        String name = attribute.substring(attribute.lastIndexOf('.') + 1);
                        for (Object constant : type.getEnumConstants()) {
                            String code = ((Enum<?>) constant).name();
                            if (details.code(record, name, code) == null) {
                                missing.add(locale + " " + record + "." + attribute + " " + code);
                            }
                        }
                    }
                }
            }));
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(missing)));
    }

    /** record type → attribute (as the recorder names it) → its type (of a collection, the element's). */
    private static Map<String, Map<String, Set<Class<?>>>> auditedFields() throws Exception {
        Map<String, Map<String, Set<Class<?>>>> records = new java.util.TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jinguo")) {
            if (c.isAnnotatedWith(Entity.class) && !c.isAnnotatedWith(AuditIgnored.class) && c.isAssignableTo(BaseEntity.class)) {
                Map<String, Set<Class<?>>> fields = new java.util.TreeMap<>();
                collect(Class.forName(c.getName()), "", fields);
                records.put(c.getSimpleName(), fields);
            }
        }
        assertTrue(records.size() > 20, "the records are found");
        assertNotNull(records.get("ServiceHours").get("status"));
        return records;
    }

    private static void collect(Class<?> type, String prefix, Map<String, Set<Class<?>>> fields) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(AuditIgnored.class)
                        || BOOKKEEPING.contains(f.getName()) || f.isSynthetic() || f.getName().startsWith("_persistence")) {
                    continue;
                }
                Class<?> fieldType = f.getType();
                if (fieldType.isAnnotationPresent(Embeddable.class)) {
                    fields.computeIfAbsent(prefix + f.getName(), k -> new HashSet<>()).add(fieldType);
                    collect(fieldType, prefix + f.getName() + ".", fields);
                    continue;
                }
                if (Collection.class.isAssignableFrom(fieldType) && f.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    fieldType = element;
                }
                fields.computeIfAbsent(prefix + f.getName(), k -> new HashSet<>()).add(fieldType);
            }
        }
    }
}
