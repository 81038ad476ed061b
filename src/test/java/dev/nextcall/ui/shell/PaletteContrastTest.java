package dev.nextcall.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 contrast of every text colour of the palette (theme.css) on each background it is drawn
 * on, in the light and the dark theme: all pairs are normal-size text, so all must reach 4.5:1 (no
 * pair relies on the 3:1 allowance for large text). And the area stylesheets use palette names only.
 */
class PaletteContrastTest {

    /** Text colour, background colour: every pairing the area stylesheets use. */
    private static final String[][] PAIRS = {
            {"-nc-text", "-nc-bg"}, {"-nc-text", "-nc-surface"},
            {"-nc-muted", "-nc-bg"}, {"-nc-muted", "-nc-surface"},
            {"-nc-link", "-nc-bg"}, {"-nc-link", "-nc-surface"},
            {"-nc-accent-text", "-nc-accent"},
            {"-nc-warn", "-nc-bg"}, {"-nc-warn", "-nc-warn-bg"}, {"-nc-warn-text", "-nc-warn-bg"},
            {"-nc-danger", "-nc-bg"}, {"-nc-danger", "-nc-danger-bg"}, {"-nc-danger-text", "-nc-danger-bg"},
            {"-nc-ok", "-nc-bg"},
    };

    private static final Pattern BLOCK = Pattern.compile("(\\.root(?:\\.theme-dark)?)\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("(-nc-[a-z-]+)\\s*:\\s*([^;]+);");

    @Test
    void everyTextColourReachesFourAndAHalfToOneInBothThemes() throws IOException {
        Map<String, Map<String, String>> themes = themes(read("/dev/nextcall/ui/theme.css"));
        Map<String, String> light = themes.get(".root");
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(themes.get(".root.theme-dark"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> theme : Map.of("light", light, "dark", dark).entrySet()) {
            for (String[] pair : PAIRS) {
                double ratio = contrast(resolve(theme.getValue(), pair[0]), resolve(theme.getValue(), pair[1]));
                if (ratio < 4.5) {
                    failures.add(theme.getKey() + ": " + pair[0] + " on " + pair[1] + " is "
                            + String.format("%.2f", ratio) + ":1");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theDarkThemeRedefinesEveryColourItDraws() throws IOException {
        Map<String, Map<String, String>> themes = themes(read("/dev/nextcall/ui/theme.css"));
        for (String[] pair : PAIRS) {
            assertThat(themes.get(".root.theme-dark")).containsKeys(pair[0], pair[1]);
        }
    }

    @Test
    void areaStylesheetsUsePaletteColoursOnly() throws IOException {
        for (String area : List.of("panel", "settings", "welcome", "history")) {
            String css = read("/dev/nextcall/ui/" + area + "/" + area + ".css").replaceAll("(?s)/\\*.*?\\*/", "");
            assertThat(css).as(area + ".css").doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b")
                    .doesNotContainPattern("rgba?\\(").doesNotContainPattern(":\\s*(white|black)\\s*;");
        }
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    private static Map<String, Map<String, String>> themes(String css) {
        Map<String, Map<String, String>> themes = new HashMap<>();
        Matcher block = BLOCK.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (block.find()) {
            Map<String, String> colours = new HashMap<>();
            Matcher entry = ENTRY.matcher(block.group(2));
            while (entry.find()) {
                colours.put(entry.group(1), entry.group(2).strip());
            }
            themes.put(block.group(1), colours);
        }
        assertThat(themes).containsKeys(".root", ".root.theme-dark");
        return themes;
    }

    private static String resolve(Map<String, String> colours, String name) {
        String value = colours.get(name);
        assertThat(value).as(name).isNotNull();
        return value.startsWith("-nc-") ? resolve(colours, value) : value;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}");
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = PaletteContrastTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
