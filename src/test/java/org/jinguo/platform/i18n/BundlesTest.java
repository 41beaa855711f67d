package org.jinguo.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.Role;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;
import org.jinguo.unit.model.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the UI shows exists in Chinese and in English, and pages hold no literal text. */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:action|activity|assessment|base|board|booking|campaign|contract|contracts|criteria|criterion|delivery|file|incubation|org|orgs|report|room|support|certificate|import|volunteerImport|checkin|checkout|error|home|hours|join|login|match|nav|password|portal|signup|signupStatus|team|unit|unitEdit|units|user|users|volunteer|volunteers)\\.[A-Za-z0-9.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/faces", "ValidationMessages"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties zh = load(bundle + "_zh_CN.properties");
        Properties en = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertTrue(!zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(page + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = JAVA_KEY.matcher(Files.readString(source));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyUnitTypeAndRoleHasALabel() throws IOException {
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        for (UnitType type : UnitType.values()) {
            assertTrue(keys.contains("unitType." + type.name()), type::name);
        }
        for (Role role : Role.values()) {
            assertTrue(keys.contains("role." + role.name()), role::name);
        }
    }

    @Test
    void everyChoiceOfTheIncubationAndPurchasePagesHasALabel() throws IOException {
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Map<String, Class<? extends Enum<?>>> prefixes = Map.of("stage.", Stage.class, "move.", Stage.class,
                "orgKind.", OrgKind.class, "legalStatus.", LegalStatus.class, "decision.", Decision.class,
                "supportKind.", SupportKind.class, "roomKind.", RoomKind.class, "programme.", Programme.class,
                "contractStatus.", ContractStatus.class);
        prefixes.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!keys.contains(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        for (Permission permission : Permission.values()) {
            if (!keys.contains("permission." + permission.name())) {
                missing.add("permission." + permission.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void pagesHoldNoLiteralChinese() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String outsideExpressions = lines.get(i).replaceAll("#\\{[^}]*}", "").replaceAll("<!--.*?-->", "");
                if (outsideExpressions.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
                    literal.add(page + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), literal);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
