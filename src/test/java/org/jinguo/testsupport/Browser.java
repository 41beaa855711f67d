// Longer than 300 lines on purpose: the one driver every browser test shares; its waits and actions depend on each other and belong together.
package org.jinguo.testsupport;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through /usr/bin/chromedriver (never downloaded), with the waits every
 * PrimeFaces page needs: for the page to load and for the ajax queue to be empty.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final java.nio.file.Path downloads;
    private final org.openqa.selenium.Dimension defaultSize;
    /** The width {@link #viewport} set, 0 while the window's own is in force. */
    private int viewportWidth;

    public Browser(URL base) {
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "downloads"));
            downloads = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target", "downloads"), "browser")
                    .toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1280,900");
        // the browser's console, so that a test can tell a script refused by the Content-Security-Policy
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (smallSharedMemory()) {
            // a container's 64 MB /dev/shm would crash the browser: it then keeps its shared memory in /tmp, slower
            options.addArguments("--disable-dev-shm-usage");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        defaultSize = driver.manage().window().getSize();
    }

    /** Whether /dev/shm, where Chromium shares memory between its processes, is too small (under 1 GB) or absent. */
    private static boolean smallSharedMemory() {
        try {
            return java.nio.file.Files.getFileStore(java.nio.file.Path.of("/dev/shm")).getTotalSpace() < (1L << 30);
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /**
     * Makes the browser as good as new for the next test of a class: signed out (no cookies, so no session),
     * on a blank page, with its first window size and no downloaded files.
     */
    public void reset() {
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of()); // every site's
        driver.manage().window().setSize(defaultSize);
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        viewportWidth = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
            for (java.nio.file.Path file : files.toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The file the browser downloaded whose name ends with {@code suffix}, waiting up to 20 s for it to be
     * complete; its bytes.
     */
    public byte[] downloaded(String suffix) {
        return waiting(20).until(d -> {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
                java.nio.file.Path file = files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
                return file == null ? null : java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /**
     * A wait of up to {@code seconds} that looks again every 50 ms: Selenium's default of 500 ms made every click,
     * which waits for the page to settle, cost half a second more than the page took.
     */
    private WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        settle();
    }

    public WebElement find(String css) {
        try {
            return waiting(20)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // replaced as the page loads: look again
                    .until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "missing-" + System.currentTimeMillis();
            screenshot(name);
            throw new AssertionError("'" + css + "' did not appear on " + path()
                    + " (see target/screenshots/" + name + ".png)", e);
        }
    }

    /** Waits until the text of {@code css} satisfies {@code condition} (e.g. after a filtered list refreshed). */
    public String waitForText(String css, java.util.function.Predicate<String> condition) {
        try {
            return waiting(20)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // replaced by an ajax update: read again
                    .until(d -> {
                        List<WebElement> found = d.findElements(By.cssSelector(css));
                        String text = found.isEmpty() ? null : found.get(0).getText();
                        return text != null && condition.test(text) ? text : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "waiting-" + System.currentTimeMillis();
            screenshot(name);
            throw new AssertionError("'" + css + "' did not show the text awaited on " + path()
                    + " (see target/screenshots/" + name + ".png)", e);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * The messages above a page's content: the layout's and the form's own show each message once between them
     * (whichever is rendered first), so both are read. Waits up to 20 s for one; empty if none came.
     */
    public String pageMessages() {
        try {
            return waiting(20).until(d -> {
                String text = d.findElements(By.cssSelector("main .ui-messages")).stream().map(WebElement::getText)
                        .filter(t -> !t.isBlank()).collect(java.util.stream.Collectors.joining("\n"));
                return text.isBlank() ? null : text;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return "";
        }
    }

    /**
     * Types into a field and waits until it holds the text (cut at its maxlength): a field of a dialog that an
     * ajax answer is still rendering can be replaced right after the keys went in, so the field is read once the
     * page is quiet and typed into again if it lost the text; a field that never takes the text fails the test
     * here, where the cause is, not at a later assertion.
     */
    public void type(String css, String text) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try {
                WebElement field = find(css);
                field.clear();
                field.sendKeys(text);
                settle(); // an ajax answer still on its way may re-render the field: read it once the page is quiet
                // the field as it stands now (perhaps re-rendered meanwhile): its value and maxlength in one call
                List<?> state = (List<?>) ((JavascriptExecutor) driver).executeScript(
                        "var f = document.querySelector(arguments[0]); return f ? [f.value, f.maxLength] : null;", css);
                if (state != null) {
                    int limit = ((Number) state.get(1)).intValue();
                    String expected = limit < 0 ? text : text.substring(0, Math.min(text.length(), limit));
                    if (expected.equals(state.get(0))) {
                        return; // what was typed, as far as the field's maxlength lets it in
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("'" + css + "' does not take the text typed into it on " + path());
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
            }
            sleep(200);
        }
    }

    /** Sets a field's value directly, past its maxlength, as a hand-made request could. */
    public void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** Chooses {@code value} in a PrimeFaces one-menu (by its client id), as picking it from the list would. */
    public void choose(String clientId, String value) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                clientId, value);
        settle();
    }

    /** The value of the option of a select (its hidden {@code <select>}, by {@code css}) whose text contains {@code text}. */
    public String optionValue(String css, String text) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var text = arguments[1]; return Array.from(document.querySelectorAll(arguments[0] + ' option'))"
                + ".find(function (o) { return o.text.indexOf(text) >= 0; }).value;", css, text);
    }

    /** Sets a PrimeFaces number field (by its client id) as typing the number would. */
    public void number(String clientId, String value) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);",
                clientId, value);
    }

    /** Whether a script planted in stored data has run: hostile values set {@code window.__pwned}. */
    public boolean scriptInjected() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__pwned === 1;"));
    }

    /** The error page's code (403, 404, 500, expired) if one is shown, else empty. */
    public String errorPage() {
        List<WebElement> error = driver.findElements(By.id("errorPage"));
        return error.isEmpty() ? "" : error.get(0).getAttribute("data-error");
    }

    /**
     * Clicks, then waits for a full page load or ajax update to finish. An element still being shown
     * (a panel fading in) or covered for a moment is tried again for a few seconds.
     */
    public void click(String css) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            WebElement element = find(css);
            try {
                // scrolled into sight only when out of it: scrolling closes PrimeFaces' open overlays (autocomplete and
                // menu panels); and as an ajax answer that redirects leaves the page only after the ajax queue is empty,
                // PrimeFaces' redirect is noted, so that settle() waits for the next page instead of reading this one
                ((JavascriptExecutor) driver).executeScript("var box = arguments[0].getBoundingClientRect();"
                        + "if (box.top < 0 || box.bottom > window.innerHeight) arguments[0].scrollIntoView({block: 'center'});"
                        + "window.__jgLeaving = false;"
                        + "var p = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.ResponseProcessor;"
                        + "if (p && p.doRedirect && !p.__jgHooked) { var r = p.doRedirect; p.__jgHooked = true;"
                        + "  p.doRedirect = function () { window.__jgLeaving = true; return r.apply(this, arguments); }; }",
                        element);
                element.click();
                break;
            } catch (org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                sleep(200);
            }
        }
        settle();
    }

    /**
     * Clicks a button that submits without ajax and waits until the next page has replaced this one: {@link #settle}
     * alone may look before the browser has even left, and the next step would then act on the page being left
     * (a second post with its expired script nonce, answered by an error page).
     */
    public void clickToLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        waiting(30).until(d -> left(page));
        settle();
    }

    /**
     * Whether the page the element belongs to was left. Chromium reports an element of a page being replaced either
     * as stale or, for a moment, as a node that "does not belong to the document": both mean the page is gone.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /**
     * Waits until the address satisfies {@code condition}: after an ajax action that redirects, the ajax
     * queue is empty before the browser has left the page.
     */
    public String waitForPath(java.util.function.Predicate<String> condition) {
        waiting(20).until(d -> condition.test(path()));
        settle();
        return path();
    }

    /**
     * Shows the page as a screen {@code width} CSS pixels wide would (a phone's when narrower than 600: touch, the
     * page's viewport meta honoured), without reloading it.
     */
    public void viewport(int width, int height) {
        viewportWidth = width;
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        settle();
    }

    /** How many CSS pixels the page is wider than its window (0 when it fits). */
    public long overflow() {
        // against the width set, not window.innerWidth: a phone's browser widens its layout viewport to a page wider
        // than the screen, so that innerWidth grows with the page and the page never looks too wide
        Object excess = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - (arguments[0] || window.innerWidth));",
                viewportWidth);
        return ((Number) excess).longValue();
    }

    /**
     * Text wider than its box, as the browser measures it ({@code scrollWidth > clientWidth}): a table cell, header,
     * label, button or heading whose words are cut off or spill over their neighbours. Text a page cuts on purpose
     * (an ellipsis) is left out. At most five, each as "tag#id: its first words".
     */
    public List<String> overflowingText() {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "var found = [];"
                + "document.querySelectorAll('td, th, label, dt, dd, h1, h2, h3, .ui-button-text, .ui-chkbox-label')"
                + ".forEach(function (e) {"
                + "  if (found.length >= 5 || !e.offsetParent || e.clientWidth === 0) return;"
                + "  if (getComputedStyle(e).textOverflow === 'ellipsis') return;"
                + "  if (e.closest('.ui-datatable-scrollable-body, .jg-tree')) return;"
                + "  if (e.scrollWidth > e.clientWidth + 1) {"
                + "    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ': '"
                + "      + (e.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 30));"
                + "  }"
                + "});"
                + "return found;");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * Saves the whole page (beyond the window, but no more than {@code maxHeight} CSS pixels of it) to
     * target/screenshots/NAME.png, without changing the window. Encoded for speed rather than size: a page sweep
     * takes a hundred of them.
     */
    public void screenshotPage(String name, int maxHeight) {
        Object[] size = ((java.util.List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];")).toArray();
        long width = ((Number) size[0]).longValue();
        long height = Math.min(((Number) size[1]).longValue(), maxHeight);
        java.util.Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                java.util.Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true,
                        "clip", java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        write(name, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The console's errors since it was last read (a script the Content-Security-Policy refused shows here). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        write(name, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void write(String name, byte[] png) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots").resolve(name + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** What a field holds ({@code value}), e.g. to check that nothing typed was lost. */
    public String value(String css) {
        return find(css).getAttribute("value");
    }

    /** Chooses a file for the upload field {@code css} (an {@code input type=file}). */
    public void upload(String css, java.nio.file.Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks {@code button} in the row of {@code rows} that mentions {@code text}, waiting for the row. */
    public void clickInRow(String rows, String text, String button) {
        waitForText(rows.substring(0, rows.lastIndexOf(' ')), t -> t.contains(text));
        WebElement row = all(rows).stream().filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
        String id = row.findElement(By.cssSelector(button)).getAttribute("id");
        click("[id='" + id + "']");
    }

    /** Picks the first suggestion an autocomplete ({@code css} of its input) offers for {@code text}. */
    public void pick(String css, String text) {
        type(css, text);
        click(".ui-autocomplete-panel .ui-autocomplete-item");
    }

    /** Sets a date picker (by its client id) to {@code day}, as choosing it in its calendar would. */
    public void pickDate(String clientId, java.time.LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate("
                + "new Date(arguments[1], arguments[2] - 1, arguments[3]));", clientId, day.getYear(), day.getMonthValue(),
                day.getDayOfMonth());
        org.junit.jupiter.api.Assertions.assertEquals(day.toString(), value("[id='" + clientId + "_input']"));
    }

    /** Sets a time picker (by its client id) to {@code hour}:{@code minute}. */
    public void pickTime(String clientId, int hour, int minute) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate("
                + "new Date(2000, 0, 1, arguments[1], arguments[2]));", clientId, hour, minute);
    }

    /** Chooses {@code stars} in a rating given as a row of buttons ({@code 1 ★} … {@code 5 ★}), by its client id. */
    public void chooseStars(String clientId, int stars) {
        ((JavascriptExecutor) driver).executeScript("var n = arguments[1];"
                + "Array.from(document.getElementById(arguments[0]).querySelectorAll('.ui-button'))"
                + ".find(function (b) { return b.textContent.trim().indexOf(n + ' ') === 0; }).click();",
                clientId, String.valueOf(stars));
    }

    /** Signs out through the header's button. */
    public void signOut() {
        clickToLoad("#headerForm\\:signOut");
    }

    /** Signs in through the sign-in page. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("#loginForm\\:username", username);
        type("#loginForm\\:password", password);
        click("#loginForm\\:signIn");
        // the sign-in is a full post answered by a redirect: wait until it has landed somewhere, or was refused
        waiting(20).until(d -> !path().startsWith("/login.xhtml")
                || !d.findElements(By.cssSelector("#loginForm\\:loginMessages .ui-messages-error")).isEmpty());
        settle();
    }

    /** Waits until the document is loaded and PrimeFaces has no ajax request pending. */
    public void settle() {
        waiting(30).until(d -> {
            JavascriptExecutor js = (JavascriptExecutor) d;
            Object ready = js.executeScript("return document.readyState === 'complete' && window.__jgLeaving !== true "
                    + "&& (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()) "
                    + "&& (!window.jQuery || jQuery.active === 0)");
            return Boolean.TRUE.equals(ready);
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (org.openqa.selenium.WebDriverException e) {
            // already gone
        }
    }
}
