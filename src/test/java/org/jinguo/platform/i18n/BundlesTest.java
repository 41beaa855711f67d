package org.jinguo.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/**
 * Every text the UI shows exists in Chinese and in English, in the bundle of its feature (i18n/bundles.txt),
 * once; every text a page or the code asks for exists; every text is asked for somewhere; pages hold no
 * literal text.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    /** A string literal of the code that reads like a bundle key: words joined by dots. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** A key built in a page from a prefix and a value: {@code msg['stage.'.concat(s)]}. */
    private static final Pattern PAGE_PREFIX = Pattern.compile("'([A-Za-z0-9_.]+\\.)'\\s*\\.concat\\(");
    /** A key built in the code from a prefix and a value: {@code Texts.get("stage." + s)}. */
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");

    @Test
    void everyFeatureBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (String feature : Messages.features()) {
            Properties zh = load("i18n/" + feature + "_zh_CN.properties");
            Properties en = load("i18n/" + feature + "_en.properties");
            assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), feature);
            for (String key : zh.stringPropertyNames()) {
                assertTrue(!zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/faces", "ValidationMessages"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties zh = load(bundle + "_zh_CN.properties");
        Properties en = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertTrue(!zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyBundleFileIsListedAndEachKeyLivesInOneBundle() throws IOException {
        Set<String> listed = new TreeSet<>(Messages.features());
        Set<String> files;
        try (Stream<Path> found = Files.list(RESOURCES.resolve("i18n"))) {
            files = found.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_zh_CN.properties"))
                    .map(n -> n.substring(0, n.length() - "_zh_CN.properties".length()))
                    .filter(n -> !n.equals("faces")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, listed, "i18n/bundles.txt lists every feature bundle");
        // the merged bundle refuses a key defined twice
        assertEquals(Messages.load("zh_CN").keySet(), Messages.load("en").keySet());
    }

    @Test
    void theMergedBundleAnswersInEitherLanguage() {
        assertEquals("保存", new Messages_zh_CN().getString("action.save"));
        assertEquals("Save", new Messages_en().getString("action.save"));
        assertEquals("保存", new Messages().getString("action.save"), "Chinese is the base");
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = keys();
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
        Set<String> keys = keys();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> settings = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            collect(Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\""), Files.readString(source), settings);
        }
        for (Path source : files(JAVA, ".java")) {
            Matcher m = JAVA_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String literal = m.group(1);
                boolean looksLikeOurs = prefixes.contains(literal.substring(0, literal.indexOf('.')))
                        && !settings.contains(literal) && !literal.startsWith("org.jinguo.")
                        && !literal.matches(".*\\.(xhtml|properties|txt|sql|xlsx|pdf)$");
                if (looksLikeOurs && !keys.contains(literal)) {
                    missing.add(source.getFileName() + ": " + literal);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyIsUsedSomewhere() throws IOException {
        Set<String> literal = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            String text = Files.readString(page);
            collect(PAGE_KEY, text, literal);
            collect(Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'"), text, literal); // ui:param values
            collect(PAGE_PREFIX, text, prefixes);
        }
        Set<String> enumLabels = new HashSet<>();
        for (Path source : files(JAVA, ".java")) {
            String text = Files.readString(source);
            collect(JAVA_LITERAL, text, literal);
            collect(JAVA_PREFIX, text, prefixes);
            enumLabels.addAll(enumLabels(source, text));
        }
        List<String> unused = keys().stream()
                .filter(key -> !literal.contains(key) && !enumLabels.contains(key)
                        && prefixes.stream().noneMatch(key::startsWith))
                .sorted().toList();
        assertEquals(List.of(), unused, "texts nobody shows: remove them, or show them");
    }

    @Test
    void everyUnitTypeAndRoleHasALabel() throws IOException {
        Set<String> keys = keys();
        for (UnitType type : UnitType.values()) {
            assertTrue(keys.contains("unitType." + type.name()), type::name);
        }
        for (Role role : Role.values()) {
            assertTrue(keys.contains("role." + role.name()), role::name);
        }
    }

    @Test
    void everyChoiceOfTheIncubationAndPurchasePagesHasALabel() throws IOException {
        Set<String> keys = keys();
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

    /** The labels of an enum declared in {@code source}: {@code <enum name, first letter small>.<CONSTANT>}. */
    private static Set<String> enumLabels(Path source, String text) {
        Matcher declaration = Pattern.compile("public enum (\\w+)\\s*(?:implements [\\w, ]+)?\\{([^;}]*)").matcher(text);
        Set<String> labels = new HashSet<>();
        while (declaration.find()) {
            String type = declaration.group(1);
            String prefix = Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".";
            String body = declaration.group(2).replaceAll("/\\*\\*?[\\s\\S]*?\\*/", "").replaceAll("//.*", "");
            for (String constant : body.split(",")) {
                String name = constant.strip().replaceAll("\\(.*", "");
                if (name.matches("[A-Z][A-Z0-9_]*")) {
                    labels.add(prefix + name);
                }
            }
        }
        return labels;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> keys() {
        return Messages.load("zh_CN").keySet();
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
